/**
 * The cngkit reference implementation of the CNG key functions, on Bouncy Castle.
 *
 * <p>How the pieces fit:
 * <ul>
 *   <li>{@link org.cngkit.reference.ReferenceProvider} is the SPI boundary: it never throws and
 *       hands each call to the class that owns its rules.</li>
 *   <li>{@link org.cngkit.reference.HandleTable} maps opaque handle values to
 *       {@link org.cngkit.reference.AlgorithmProvider}s and {@link org.cngkit.reference.Key}s.</li>
 *   <li>{@link org.cngkit.reference.ExportProtocol} and {@link org.cngkit.reference.ImportProtocol}
 *       hold the ordered parameter checks of {@code BCryptExportKey} and
 *       {@code BCryptImportKey(Pair)}, shared by every key family.</li>
 *   <li>{@link org.cngkit.reference.KeyPairProtocol} holds {@code BCryptSetProperty},
 *       {@code BCryptGenerateKeyPair} and {@code BCryptFinalizeKeyPair} for every
 *       {@link org.cngkit.reference.KeyPairAlgorithm}; a key pair is a
 *       {@link org.cngkit.reference.PendingKeyPair} until it is finalized.</li>
 *   <li>A key family contributes an {@link org.cngkit.reference.Algorithm} (which blob types it
 *       reads) and a {@link org.cngkit.reference.Key} (which blob types it writes); the blob
 *       layouts themselves live in classes named after them
 *       ({@link org.cngkit.reference.KeyDataBlob}, {@link org.cngkit.reference.OpaqueKeyBlob},
 *       {@link org.cngkit.reference.RsaKeyBlob}, {@link org.cngkit.reference.EccKeyBlob},
 *       {@link org.cngkit.reference.DsaKeyBlob}, {@link org.cngkit.reference.DhKeyBlob},
 *       {@link org.cngkit.reference.ParameterSetKeyBlob}); the asymmetric and parameter-set
 *       layouts are read with {@link org.cngkit.reference.BlobCursor} and written with
 *       {@link org.cngkit.reference.BlobAssembler}.</li>
 *   <li>RSA, ECDH / ECDSA, DSA and DH are {@link org.cngkit.reference.SizedKeyPairAlgorithm}s:
 *       dwLength sizes their keys; {@link org.cngkit.reference.KeyPairBlobTypes} maps the generic
 *       PUBLICBLOB / PRIVATEBLOB onto a family's own pair.</li>
 *   <li>The post-quantum algorithms (ML-KEM, ML-DSA, SLH-DSA, LMS, XMSS) are instances of
 *       {@link org.cngkit.reference.ParameterSetAlgorithm}; each of their
 *       {@link org.cngkit.reference.ParameterSet}s says its key sizes and how Bouncy Castle makes
 *       its keys.</li>
 * </ul>
 *
 * <p>This module reads no test vectors and does not use the kit's Kaitai parsers.
 */
package org.cngkit.reference;
