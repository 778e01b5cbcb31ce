package org.cngkit.kit.tools.convert;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.tools.inspect.BlobInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cngkit convert}: PEM / DER keys to CNG and CryptoAPI blobs and back, through the reference implementation. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Converts a key between PEM / DER (PKCS#1, PKCS#8, SubjectPublicKeyInfo, SEC 1; ML-KEM, ML-DSA and SLH-DSA",
            "in Bouncy Castle 1.87's PKCS#8 and SPKI forms) and CNG or CryptoAPI key blobs, in either direction. The",
            "conversion is done by the bundled reference implementation through the SPI (BCryptImportKeyPair, then",
            "BCryptExportKey), so it is exactly as correct as the certified reference; a refusal is its NTSTATUS.",
            "",
            "  key -> blob:  --to BLOBTYPE (BCRYPT_RSAFULLPRIVATE_BLOB, LEGACY_RSAPRIVATE_BLOB, ... or the",
            "                pszBlobType string, RSAFULLPRIVATEBLOB); the blob goes to --out, or as hex to the terminal",
            "  blob -> key:  --to pem | der (PKCS#8 for a private blob, SubjectPublicKeyInfo for a public one)",
            "The input blob may be binary, hex or base64.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:converted",
            "1:refused: the reference returned a failure status, or the input is not a key or blob the converter reads",
            "2:bad usage (unreadable file, unknown --to)"})
public final class ConvertCommand implements Callable<Integer> {
    static final int CONVERTED = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The key file or blob, or - for standard input.")
    private String input;

    @Option(names = "--to", required = true, paramLabel = "TYPE", description = "A blob type, or pem / der.")
    private String to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the result (default: standard output).")
    private Path out;

    @Option(names = "--ecdh", description = "Import an EC key as ECDH (default ECDSA; a PEM EC key does not say which).")
    private boolean ecdh;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] raw;
        try {
            raw = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            err.println("convert: no such file: " + input);
            return USAGE;
        } catch (IOException e) {
            err.println("convert: cannot read " + input + ": " + e.getMessage());
            return USAGE;
        }
        String target = to.toLowerCase(Locale.ROOT);
        try {
            if (target.equals("pem") || target.equals("der")) {
                byte[] der = Converter.toDer(BlobInput.decode(raw).bytes());
                return write(target.equals("pem") ? Pem.armor(der).getBytes(StandardCharsets.US_ASCII) : der, !target.equals("pem"));
            }
            BlobType type = blobType(to);
            if (type == null) {
                err.println("convert: unknown --to '" + to + "': name a blob type (" + Arrays.toString(BlobType.values())
                        + ", or its pszBlobType string), pem or der");
                return USAGE;
            }
            return write(Converter.toBlob(raw, type, ecdh), true);
        } catch (Refusal r) {
            err.println("convert: " + r.getMessage());
            return REFUSED;
        } catch (IOException e) {
            err.println("convert: cannot write " + out + ": " + e.getMessage());
            return USAGE;
        }
    }

    private int write(byte[] result, boolean binary) throws IOException {
        if (out != null) {
            Files.write(out, result);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(binary ? HexFormat.of().formatHex(result) + System.lineSeparator() : new String(result, StandardCharsets.US_ASCII));
            stdout.flush();
        }
        return CONVERTED;
    }

    /** A blob type by the kit's name or by its pszBlobType string; null when it is neither. */
    static BlobType blobType(String name) {
        for (BlobType type : BlobType.values()) {
            if (type.name().equalsIgnoreCase(name) || type.wireName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

}
