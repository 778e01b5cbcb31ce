package org.cngkit.child;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Claims;
import org.cngkit.spi.WindowsProfile;

/**
 * The answer to {@code CLAIMS}: {@code <profile id> <algorithm count>}, then per algorithm its id as a string
 * token and four counted lists: key sizes (numbers), parameter sets, export blob types and import blob types
 * (string tokens), each list as its length followed by its items. Every token is escaped, so no name can break
 * the line.
 */
public final class ClaimsCodec {
    private ClaimsCodec() {
    }

    public static String encode(Claims claims) {
        List<String> t = new ArrayList<>();
        t.add(claims.profile().id());
        List<AlgorithmClaim> algorithms = new ArrayList<>(claims.algorithms());
        algorithms.sort(Comparator.comparing(AlgorithmClaim::algorithmId));
        t.add(String.valueOf(algorithms.size()));
        for (AlgorithmClaim a : algorithms) {
            t.add(LineCodec.string(a.algorithmId()));
            list(t, new TreeSet<>(a.keyBits()), String::valueOf);
            list(t, new TreeSet<>(a.parameterSets()), LineCodec::string);
            list(t, new TreeSet<>(a.exportBlobTypes()), LineCodec::string);
            list(t, new TreeSet<>(a.importBlobTypes()), LineCodec::string);
        }
        return String.join(" ", t);
    }

    private static <T> void list(List<String> t, Collection<T> items, Function<T, String> token) {
        t.add(String.valueOf(items.size()));
        items.forEach(i -> t.add(token.apply(i)));
    }

    /** Reads the tokens of an answer from {@code from} on (the profile id) back into claims. */
    public static Claims decode(String[] tokens, int from) {
        Cursor c = new Cursor(tokens, from);
        WindowsProfile profile;
        try {
            profile = WindowsProfile.fromId(c.next());
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation("CLAIMS: " + e.getMessage());
        }
        Claims.Builder b = Claims.builder(profile);
        int count = c.count();
        for (int i = 0; i < count; i++) {
            Claims.AlgorithmBuilder a = b.algorithm(c.string());
            int sizes = c.count();
            for (int j = 0; j < sizes; j++) {
                a.keyBits(LineCodec.parseNumber(c.next()));
            }
            a.parameterSets(c.strings());
            a.exports(c.strings());
            a.imports(c.strings());
            a.add();
        }
        if (c.at != tokens.length) {
            throw new ProtocolViolation("CLAIMS: " + (tokens.length - c.at) + " token(s) too many");
        }
        return b.build();
    }

    private static final class Cursor {
        private final String[] tokens;
        private int at;

        Cursor(String[] tokens, int at) {
            this.tokens = tokens;
            this.at = at;
        }

        String next() {
            if (at >= tokens.length) {
                throw new ProtocolViolation("CLAIMS: the answer ends early");
            }
            return tokens[at++];
        }

        int count() {
            int n = LineCodec.parseNumber(next());
            if (n < 0 || n > tokens.length) {
                throw new ProtocolViolation("CLAIMS: a count of " + Integer.toUnsignedString(n) + " exceeds the answer");
            }
            return n;
        }

        String string() {
            String s = LineCodec.parseString(next());
            if (s == null) {
                throw new ProtocolViolation("CLAIMS: NULL where a name belongs");
            }
            return s;
        }

        String[] strings() {
            String[] s = new String[count()];
            for (int i = 0; i < s.length; i++) {
                s[i] = string();
            }
            return s;
        }
    }
}
