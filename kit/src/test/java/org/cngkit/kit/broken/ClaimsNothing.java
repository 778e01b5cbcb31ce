package org.cngkit.kit.broken;

import org.cngkit.spi.Claims;
import org.cngkit.spi.WindowsProfile;

/** Claims no algorithm at all: every scenario is NOT_CLAIMED, which must not add up to a certificate. */
public final class ClaimsNothing extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-claims-nothing";
    }

    @Override
    public Claims claims() {
        return Claims.builder(WindowsProfile.WIN11_24H2).build();
    }
}
