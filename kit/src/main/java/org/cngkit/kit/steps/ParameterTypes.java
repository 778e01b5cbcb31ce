package org.cngkit.kit.steps;

import java.util.Arrays;
import java.util.List;

import io.cucumber.java.ParameterType;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.spi.NtStatus;

/** The words of the features that stand for spec constants. */
public final class ParameterTypes {

    @ParameterType("(?:BCRYPT|LEGACY)_[A-Z0-9_]+")
    public BlobType blobType(String constant) {
        return BlobType.named(constant);
    }

    @ParameterType("(?:STATUS|NTE)_[A-Z_]+")
    public NtStatus status(String name) {
        return statusNamed(name);
    }

    @ParameterType("(?:STATUS|NTE)_[A-Z_]+(?:, (?:STATUS|NTE)_[A-Z_]+)+")
    public List<NtStatus> statuses(String names) {
        return Arrays.stream(names.split(", ")).map(ParameterTypes::statusNamed).toList();
    }

    @ParameterType("0x[0-9A-Fa-f]{1,8}")
    public Integer flags(String hex) {
        return Integer.parseUnsignedInt(hex.substring(2), 16);
    }

    static NtStatus statusNamed(String name) {
        NtStatus status = NtStatus.named(name);
        if (status == null) {
            throw new IllegalArgumentException("the kit knows no status named " + name);
        }
        return status;
    }
}
