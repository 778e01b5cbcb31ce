package org.cngkit.kit.broken;

import org.cngkit.spi.Claims;

/** Declares the vista profile (and no key wrap) but still wraps keys as later Windows releases do. */
public final class VistaButWraps extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-vista-still-wraps";
    }

    @Override
    public Claims claims() {
        return VistaProfile.vistaClaims(reference.claims());
    }
}
