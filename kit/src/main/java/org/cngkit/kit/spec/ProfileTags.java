package org.cngkit.kit.spec;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cngkit.spi.WindowsProfile;

/**
 * The Windows releases a scenario applies to, read from its tags (feature tags included):
 * <ul>
 *   <li>{@code @since:<profile>}: the behaviour appeared in that release (key wrap {@code @since:win7}, DSA V2
 *       blobs {@code @since:win8}, the curve-agnostic ECDH / ECDSA {@code @since:win10}, ML-KEM and PQDSA
 *       {@code @since:win11-24h2}). The scenario runs when the run certifies against that profile or a later
 *       one.</li>
 *   <li>{@code @until:<profile>}: the behaviour of that release and earlier ones, which later releases replaced
 *       (on Vista the key-wrap blob type is not supported). The scenario runs when the run certifies against that
 *       profile or an earlier one <em>and</em> the implementation itself declares such a profile: an
 *       implementation of a later release keeps its later behaviour when it is certified against an older
 *       profile, since a caller written for the older release never relies on the feature being absent.</li>
 * </ul>
 * A scenario outside the run is reported NOT_CLAIMED with the reason {@link #exclusion} gives, which always starts
 * with {@value #REASON_PREFIX}.
 *
 * @param since the first release the scenario applies to, if it is tagged so
 * @param until the last release the scenario applies to, if it is tagged so
 */
public record ProfileTags(Optional<WindowsProfile> since, Optional<WindowsProfile> until) {
    public static final String SINCE = "@since:";
    public static final String UNTIL = "@until:";
    public static final String REASON_PREFIX = "Windows profile: ";

    /**
     * The profile tags among {@code tags}.
     *
     * @throws IllegalArgumentException when a profile id is unknown, a tag appears twice, or since comes after until
     */
    public static ProfileTags of(Collection<String> tags) {
        Optional<WindowsProfile> since = single(tags, SINCE);
        Optional<WindowsProfile> until = single(tags, UNTIL);
        if (since.isPresent() && until.isPresent() && !until.get().includes(since.get())) {
            throw new IllegalArgumentException(SINCE + since.get().id() + " comes after " + UNTIL + until.get().id());
        }
        return new ProfileTags(since, until);
    }

    /**
     * Why the scenario is outside this run, or empty when it runs.
     *
     * @param certified the profile the run certifies against ({@code --profile}, else the declared one)
     * @param declared  the profile the implementation declares in its claims
     */
    public Optional<String> exclusion(WindowsProfile certified, WindowsProfile declared) {
        if (since.isPresent() && !certified.includes(since.get())) {
            return Optional.of(REASON_PREFIX + "needs " + since.get().id() + " or later; this run certifies against "
                    + certified.id());
        }
        if (until.isPresent() && !until.get().includes(certified)) {
            return Optional.of(REASON_PREFIX + "describes " + until.get().id() + " and earlier; this run certifies against "
                    + certified.id());
        }
        if (until.isPresent() && !until.get().includes(declared)) {
            return Optional.of(REASON_PREFIX + "describes " + until.get().id() + " and earlier, checked for implementations "
                    + "that declare it; this one declares " + declared.id());
        }
        return Optional.empty();
    }

    private static Optional<WindowsProfile> single(Collection<String> tags, String prefix) {
        List<String> ids = tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).toList();
        if (ids.size() > 1) {
            throw new IllegalArgumentException("more than one " + prefix + " tag: " + ids);
        }
        return ids.stream().findFirst().map(WindowsProfile::fromId);
    }
}
