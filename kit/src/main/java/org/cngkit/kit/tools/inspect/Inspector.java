package org.cngkit.kit.tools.inspect;

import io.kaitai.struct.KaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.vectors.BlobChecker;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.BlobMismatch;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.KeyRelation;
import org.cngkit.vectors.KeyRelations;
import org.cngkit.vectors.VectorKey;
import org.cngkit.vectors.EccCurveTable;
import org.cngkit.vectors.NamedCurve;

/**
 * Reads a blob nobody described: recognises its layout by the magic, parses it with the generated Kaitai parser,
 * lists its fields, and runs the kit's own oracle on it: each blob type's {@link BlobChecker} reads the key back
 * and checks the blob against it (lengths, minimal encodings, no trailing bytes), and {@link KeyRelations} tests
 * the key's arithmetic. Nothing here uses the reference implementation.
 */
public final class Inspector {
    private static final Pattern VALIDATION = Pattern.compile("(/\\S*): at pos (\\d+): validation failed: (.*)", Pattern.DOTALL);
    private static final Pattern SEQ_INDEX = Pattern.compile("/seq/(\\d+)");

    private Inspector() {
    }

    /**
     * Inspects a blob. Never throws on the blob's content: an unrecognised or malformed blob gives an
     * {@link Inspection} with its {@code error}.
     *
     * @param reveal whether private key fields are shown
     */
    public static Inspection inspect(BlobInput input, boolean reveal) {
        byte[] blob = input.bytes();
        Optional<KnownLayout> recognised = KnownLayout.recognise(blob);
        if (recognised.isEmpty()) {
            return failure(input, null, "no layout of ksy-formats recognises the blob's magic: " + KnownLayout.describeStart(blob)
                    + " (a BCRYPT_AES_WRAP_KEY_BLOB has no header: it is RFC 3394 ciphertext, readable only with its"
                    + " wrapping key)", -1);
        }
        KnownLayout layout = recognised.get();
        KsyLayout ksy = KsyLayout.load(layout.ksyId());
        KaitaiStream io = KnownLayout.stream(blob);
        KaitaiStruct parsed;
        try {
            parsed = layout.parse(io);
        } catch (KaitaiStream.ValidationFailedError e) {
            return validationFailure(input, ksy, e);
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            // IllegalArgumentException: a declared length beyond what a Java array can hold
            int at = (int) io.pos();
            return failure(input, ksy, "a field at offset " + at + " needs more bytes than the " + (blob.length - at)
                    + " left: the lengths the header declares exceed the blob's " + blob.length + " bytes", at);
        }

        KeyIdentity identity = KeyIdentity.of(parsed);
        Map<String, List<BlobMismatch>> readers = new LinkedHashMap<>();
        Optional<KeyMaterial> material = Optional.empty();
        List<String> notes = new ArrayList<>();
        for (String type : BlobCrossCheck.blobTypes()) {
            Optional<KeyMaterial> read = BlobCrossCheck.checker(type).material(blob).map(m -> onItsCurve(identity, m));
            if (read.isEmpty()) {
                continue;
            }
            List<BlobMismatch> mismatches = BlobCrossCheck.check(type, key(identity, read.get()), blob);
            if (mismatches.stream().noneMatch(m -> m.field().equals("magic"))) {
                readers.put(type, mismatches); // a type whose magic the blob carries
                material = material.isPresent() ? material : read;
            }
        }
        List<String> blobTypes = List.copyOf(readers.keySet());
        boolean privateBlob = blobTypes.stream().anyMatch(t -> t.contains("PRIVATE") || t.equals("BCRYPT_KEY_DATA_BLOB"));
        List<Field> fields = new FieldWalker(privateBlob, reveal).walk(parsed, ksy);
        String parameterSet = parsed instanceof BcryptParameterSetKeyBlob pq ? pq.set() : null;

        List<Check> checks = new ArrayList<>();
        checks.add(new Check("parses as " + layout.ksyId() + " (the layout's magic, length and size rules)", true, ""));
        material.map(KeyMaterial::curve).ifPresent(curve -> notes.add("the blob does not name its curve (generic magic): "
                + "its point lies on " + curve + ", which the checks use"));
        if (material.isEmpty()) {
            checks.add(new Check("an oracle checker reads the key in it", false,
                    "no blob type's checker reads key material from it"));
        } else {
            readers.forEach((type, mismatches) -> checks.add(new Check(
                    type + ": the blob is exactly that encoding of the key it holds", mismatches.isEmpty(),
                    BlobMismatch.describe(mismatches))));
            for (KeyRelation relation : KeyRelations.evaluate(key(identity, material.get()))) {
                checks.add(new Check(relation.relation(), relation.holds(), relation.holds() ? "" : relation.violation()));
            }
            notes.addAll(uncheckable(identity, material.get()));
        }
        int end = fields.isEmpty() ? 0 : fields.get(fields.size() - 1).offset() + fields.get(fields.size() - 1).size();
        if (end < blob.length) {
            notes.add((blob.length - end) + " byte(s) after the last field (offset " + end + ")");
        }
        return new Inspection(blob.length, input.encoding(), layout.ksyId(), ksy.title(), blobTypes, identity, parameterSet,
                fields, checks, notes, null, -1);
    }

    private static VectorKey key(KeyIdentity identity, KeyMaterial material) {
        int bits = material.curve() == null ? identity.keyBits() : EccCurveTable.curve(material.curve()).fieldBits();
        return new VectorKey(identity.algorithm(), bits, material);
    }

    /**
     * An ECC blob with a generic magic (curve-agnostic ECDH / ECDSA) does not say which curve its key is on. When its
     * point is not a key of the NIST curve of its size, the first curve of the kit's table (same field size) on which
     * all of the key's relations hold is taken as its curve; with none, the material stays as read and the checks say
     * what fails.
     */
    private static KeyMaterial onItsCurve(KeyIdentity identity, KeyMaterial material) {
        if (material.curve() != null || !(identity.algorithm().equals("ECDH") || identity.algorithm().equals("ECDSA"))
                || !material.has("x")) {
            return material;
        }
        if (KeyRelations.violations(key(identity, material)).isEmpty()) {
            return material;
        }
        int bytes = (identity.keyBits() + 7) / 8;
        for (NamedCurve curve : EccCurveTable.all()) {
            if (curve.fieldBytes() == bytes) {
                KeyMaterial candidate = material.onCurve(curve.name());
                if (KeyRelations.violations(key(identity, candidate)).isEmpty()) {
                    return candidate;
                }
            }
        }
        return material;
    }

    /** What a single blob of this family cannot show. */
    private static List<String> uncheckable(KeyIdentity identity, KeyMaterial material) {
        List<String> notes = new ArrayList<>();
        switch (identity.algorithm()) {
            case "ML-DSA" -> {
                if (material.has(KeyMaterial.PRIVATE_KEY)) {
                    notes.add("tr = H(pk) is not checked: the private key holds tr but not pk (t1); inspect the public blob too");
                }
                if (material.has(KeyMaterial.SEED)) {
                    notes.add("a seed blob holds no derived values to check: only its size against the parameter set");
                }
            }
            case "ML-KEM" -> {
                if (material.has(KeyMaterial.SEED)) {
                    notes.add("a seed blob (d || z) holds no derived values to check: only its size against the parameter set");
                }
            }
            case "SLH-DSA", "LMS", "XMSS" -> notes.add(identity.algorithm()
                    + ": only the sizes against the parameter set are checked (the key's values are hash outputs and seeds)");
            case "symmetric" -> notes.add("a key data blob does not say its algorithm; any key length is shown as is");
            default -> {
            }
        }
        return notes;
    }

    private static Inspection validationFailure(BlobInput input, KsyLayout ksy, KaitaiStream.ValidationFailedError e) {
        Matcher m = VALIDATION.matcher(String.valueOf(e.getMessage()));
        if (!m.matches()) {
            return failure(input, ksy, "validation failed: " + e.getMessage(), -1);
        }
        String where = m.group(1);
        Matcher seq = SEQ_INDEX.matcher(where);
        if (seq.matches()) {
            int index = Integer.parseInt(seq.group(1));
            Map<String, Object> spec = ksy.seq().get(index);
            where = "field " + spec.get("id") + KsyLayout.text(spec, "-orig-id").map(o -> " (" + o + ")").orElse("");
        }
        int at = Integer.parseInt(m.group(2));
        return failure(input, ksy, where + " read up to offset " + at + " is not valid: " + m.group(3), at);
    }

    private static Inspection failure(BlobInput input, KsyLayout ksy, String reason, int offset) {
        return new Inspection(input.bytes().length, input.encoding(), ksy == null ? null : ksy.id(),
                ksy == null ? null : ksy.title(), List.of(), null, null, List.of(), List.of(), List.of(), reason, offset);
    }
}
