package org.cngkit.kit;

import static org.cngkit.spi.WindowsProfile.VISTA;
import static org.cngkit.spi.WindowsProfile.WIN10;
import static org.cngkit.spi.WindowsProfile.WIN11_24H2;
import static org.cngkit.spi.WindowsProfile.WIN7;
import static org.cngkit.spi.WindowsProfile.WIN8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.cngkit.kit.spec.ProfileTags;
import org.junit.jupiter.api.Test;

/** Which scenarios a run against a profile includes, for an implementation declaring a profile. */
class ProfileTagsTest {
    private static final ProfileTags UNTAGGED = ProfileTags.of(List.of("@must", "@row:param.hKey"));
    private static final ProfileTags SINCE_WIN7 = ProfileTags.of(List.of("@since:win7"));
    private static final ProfileTags SINCE_WIN8 = ProfileTags.of(List.of("@since:win8"));
    private static final ProfileTags UNTIL_VISTA = ProfileTags.of(List.of("@until:vista"));

    @Test
    void untaggedScenariosAlwaysRun() {
        assertEquals(Optional.empty(), UNTAGGED.exclusion(VISTA, WIN11_24H2));
        assertEquals(Optional.empty(), UNTAGGED.exclusion(WIN11_24H2, VISTA));
    }

    @Test
    void sinceRunsFromItsProfileOn() {
        assertEquals(Optional.empty(), SINCE_WIN7.exclusion(WIN7, WIN11_24H2));
        assertEquals(Optional.empty(), SINCE_WIN8.exclusion(WIN10, WIN10));
        String reason = SINCE_WIN7.exclusion(VISTA, WIN11_24H2).orElseThrow();
        assertTrue(reason.startsWith(ProfileTags.REASON_PREFIX) && reason.contains("needs win7 or later")
                && reason.contains("against vista"), reason);
        assertTrue(SINCE_WIN8.exclusion(WIN7, WIN7).isPresent());
    }

    @Test
    void untilRunsOnlyWhenBothTheRunAndTheImplementationAreThatOld() {
        assertEquals(Optional.empty(), UNTIL_VISTA.exclusion(VISTA, VISTA));
        String newerRun = UNTIL_VISTA.exclusion(WIN10, VISTA).orElseThrow();
        assertTrue(newerRun.contains("against win10"), newerRun);
        String newerImplementation = UNTIL_VISTA.exclusion(VISTA, WIN11_24H2).orElseThrow();
        assertTrue(newerImplementation.contains("declares win11-24h2"), newerImplementation);
    }

    @Test
    void malformedTagsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProfileTags.of(List.of("@since:win9")));
        assertThrows(IllegalArgumentException.class, () -> ProfileTags.of(List.of("@since:win7", "@since:win8")));
        assertThrows(IllegalArgumentException.class, () -> ProfileTags.of(List.of("@since:win8", "@until:win7")));
    }
}
