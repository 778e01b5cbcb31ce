package org.cngkit.kit.tools.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cngkit inspect}: what a CNG or CryptoAPI key blob holds, and whether it is consistent. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads one key blob (binary, hex or base64; detected), recognises its layout by the magic (every layout",
            "of ksy-formats: BCRYPT_KEY_DATA_BLOB, the RSA, ECC, DSA V1/V2, DH and post-quantum blobs, and the",
            "CryptoAPI PUBLICKEYBLOB / PRIVATEKEYBLOB forms), prints its fields, and runs the kit's oracle on it:",
            "the blob against the key it holds (lengths, minimal encodings, trailing bytes) and the key's",
            "arithmetic (n = p q, CRT values, point on the curve, d G = Q, y = g^x mod p, ML-KEM's H(ek)...).",
            "Private fields are redacted unless --reveal-secrets is given.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the blob parsed and passed every check",
            "1:the blob is malformed, unrecognised, or failed a check",
            "2:bad usage (unreadable file, unknown option)"})
public final class InspectCommand implements Callable<Integer> {
    static final int CONSISTENT = 0;
    static final int INCONSISTENT = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The blob file, or - for standard input.")
    private String file;

    @Option(names = "--json", description = "Print the result as JSON (every byte of every shown field).")
    private boolean json;

    @Option(names = "--reveal-secrets", description = "Show private key fields; they are redacted by default.")
    private boolean revealSecrets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] raw;
        try {
            raw = read();
        } catch (NoSuchFileException e) {
            err.println("inspect: no such file: " + file);
            return USAGE;
        } catch (IOException e) {
            err.println("inspect: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        }
        Inspection inspection = Inspector.inspect(BlobInput.decode(raw), revealSecrets);
        out.print(json ? InspectionJson.render(inspection) : InspectionText.render(inspection));
        out.flush();
        return inspection.consistent() ? CONSISTENT : INCONSISTENT;
    }

    private byte[] read() throws IOException {
        if (file.equals("-")) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        return Files.readAllBytes(Path.of(file));
    }
}
