package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** (d) each malformed fixture fails with a message naming the file and the offending field. */
class VectorFileReaderTest {

    @Test
    void theValidFixtureLoads() throws IOException {
        VectorFile file = VectorFileReader.read("valid_minimal.json", fixture("valid_minimal.json"));
        assertEquals(2, file.numberOfTests());
        assertEquals(16, file.testGroups().get(0).key().component("secret").length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad_hex.json                    | testGroups[0].tests[0].expected.blob | does not match the regex pattern
            key_secret_bad_hex.json         | testGroups[0].key.secret             | does not match the regex pattern
            duplicate_tcid.json             | testGroups[0].tests[1].tcId          | duplicate tcId 1
            duplicate_tgid.json             | testGroups[1].tgId                   | duplicate tgId 1
            wrong_number_of_tests.json      | numberOfTests                        | says 3 but the file has 2 tests
            unknown_property.json           | testGroups[0].tests[1].result        | not allowed
            missing_required.json           | testGroups[0].tests[0].comment       | required property missing
            undefined_flag.json             | testGroups[0].tests[1].flags[1]      | 'NotDefined' is not defined in notes
            cbkeydata_mismatch.json         | testGroups[0].tests[0].expected.blob | len_key_data: expected 16, got 15
            keybits_mismatch.json           | testGroups[0].keyBits                | is 256 but key.secret has 128 bits
            opaque_with_blob.json           | testGroups[0].tests[1].expected.blob | must be absent here
            key_data_without_blob.json      | testGroups[0].tests[0].expected.blob | required property missing
            blob_type_without_checker.json  | testGroups[0].tests[0].blobType      | no layout checker
            duplicate_json_member.json      | $                                    | Duplicate field 'schema'
            import_without_input.json       | testGroups[0].tests[0].input         | required property missing
            export_with_input.json          | testGroups[0].tests[0].input         | must be absent here
            also_acceptable_repeats_status.json | testGroups[0].tests[0].expected.alsoAcceptable | repeats the status
            import_success_without_secret.json  | testGroups[0].tests[0].expected  | no key.secret
            kek_not_aes.json                | testGroups[0].key.kek                | is 20 bytes
            import_input_does_not_unwrap.json   | testGroups[0].tests[0].input     | does not encode the key material
            parameter_set_key_with_keybits.json | testGroups[0].keyBits            | must be absent here
            symmetric_key_without_keybits.json  | testGroups[0].keyBits            | required property missing
            parameter_set_blob_mismatch.json    | testGroups[0].tests[0].expected.blob | parameter_set: expected "44", got "65"
            """)
    void aMalformedFileNamesItselfAndTheField(String fixture, String field, String problem) throws IOException {
        byte[] content = fixture("malformed/" + fixture);
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorFileReader.read(fixture, content));
        assertEquals(fixture, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(fixture + ": " + field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aParameterSetKeyLoadsWithItsSetAsText() throws IOException {
        VectorFile file = VectorFileReader.read("valid_parameter_set_key.json", fixture("valid_parameter_set_key.json"));
        TestGroup group = file.testGroups().get(0);
        assertEquals("44", group.key().parameterSet());
        assertEquals(0, group.keyBits());
        assertEquals(32, group.key().component(KeyMaterial.SEED).length);
        assertTrue(!group.key().has(KeyMaterial.PARAMETER_SET), "the set is not a hex component");
    }

    @Test
    void anUnknownSchemaIsRefused() {
        byte[] content = "{\"schema\": \"other_schema_v9.json\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorFileReader.read("x.json", content));
        assertEquals("schema", e.field());
    }

    @Test
    void invalidJsonIsRefused() {
        byte[] content = "{\"schema\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorFileReader.read("x.json", content));
        assertEquals("$", e.field());
        assertTrue(e.getMessage().startsWith("x.json: $: not valid JSON"), e.getMessage());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = VectorFileReaderTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
