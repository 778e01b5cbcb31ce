package org.cngkit.spi;

/**
 * A CNG primitive provider as the kit sees it: the BCrypt key functions with their C contract.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.cngkit.spi.CngProvider}. A fresh instance is created per
 * certification run.
 *
 * <h2>Mapping the C contract</h2>
 * <ul>
 *   <li>Every method returns an {@link NtStatus}; a method must not throw. The kit reports a
 *       thrown exception as the verdict CRASHED.</li>
 *   <li>A {@code NULL} pointer is a Java {@code null}: {@code pszBlobType == null},
 *       {@code pbOutput == null}, {@code pcbResult == null}, {@code phKey == null}. A {@code NULL}
 *       handle is {@link Handle#NULL} (implementations must treat a {@code null} reference alike).</li>
 *   <li>Buffer lengths ({@code cbOutput}, {@code cbInput}, ...) are {@code ULONG}s carried in
 *       {@code int}s and are independent of the real array length: the kit may pass an array longer
 *       than {@code cbOutput}, and an implementation must never touch bytes at or after
 *       {@code cbOutput}. It may also pass a length larger than the array to provoke a bounds bug.</li>
 *   <li>Strings are the {@code LPCWSTR} contents without the terminating NUL.</li>
 *   <li>Handles are opaque. Algorithm and key handles share the type {@link Handle}, as in C, so
 *       the kit can pass one where the other belongs; it also passes destroyed handles.</li>
 * </ul>
 */
public interface CngProvider {

    /** A short, stable name used to pick this implementation ({@code certify --impl NAME}). */
    String name();

    /** What this implementation claims to support. */
    Claims claims();

    /** {@code BCryptOpenAlgorithmProvider(phAlgorithm, pszAlgId, pszImplementation, dwFlags)}. */
    NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation, int dwFlags);

    /** {@code BCryptSetProperty(hObject, pszProperty, pbInput, cbInput, dwFlags)}; strings travel as UTF-16LE with NUL. */
    NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags);

    /** {@code BCryptGenerateSymmetricKey(hAlgorithm, phKey, pbKeyObject, cbKeyObject, pbSecret, cbSecret, dwFlags)}. */
    NtStatus generateSymmetricKey(Handle hAlgorithm, HandleOut phKey, byte[] pbKeyObject, int cbKeyObject,
                                  byte[] pbSecret, int cbSecret, int dwFlags);

    /** {@code BCryptGenerateKeyPair(hAlgorithm, phKey, dwLength, dwFlags)}. */
    NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags);

    /** {@code BCryptFinalizeKeyPair(hKey, dwFlags)}. */
    NtStatus finalizeKeyPair(Handle hKey, int dwFlags);

    /** {@code BCryptImportKey(hAlgorithm, hImportKey, pszBlobType, phKey, pbKeyObject, cbKeyObject, pbInput, cbInput, dwFlags)}. */
    NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                       byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags);

    /** {@code BCryptImportKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags)}. */
    NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                           byte[] pbInput, int cbInput, int dwFlags);

    /** {@code BCryptExportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags)}. */
    NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                       ULongOut pcbResult, int dwFlags);

    /** {@code BCryptDestroyKey(hKey)}. */
    NtStatus destroyKey(Handle hKey);

    /** {@code BCryptCloseAlgorithmProvider(hAlgorithm, dwFlags)}. */
    NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags);
}
