package org.cngkit.kit.broken;

import org.cngkit.spi.Claims;
import org.cngkit.spi.WindowsProfile;

/** Not broken: a correct implementation that claims only AES-128 with BCRYPT_KEY_DATA_BLOB. */
public final class ClaimsOnlyAes128KeyData extends ForwardingProvider {
    @Override
    public String name() {
        return "narrow-aes128-key-data";
    }

    @Override
    public Claims claims() {
        return Claims.builder(WindowsProfile.WIN10)
                .algorithm("AES").keyBits(128).exports("KeyDataBlob").imports("KeyDataBlob").add()
                .build();
    }
}
