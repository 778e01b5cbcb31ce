package org.cngkit.kit.tools.inspect;

import io.kaitai.struct.KaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlobV2;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptKeyDataBlob;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob;
import org.cngkit.formats.BlobStream;
import org.cngkit.formats.CapiDssKeyBlob;
import org.cngkit.formats.CapiRsaKeyBlob;
import org.cngkit.formats.CapiVer3KeyBlob;

/**
 * Every key blob layout of ksy-formats that a blob can be recognised as by its magic: the CNG layouts carry it in
 * their first four bytes, the CryptoAPI ones after the 8-byte BLOBHEADER (whose bType is PUBLICKEYBLOB or
 * PRIVATEKEYBLOB and bVersion 2 or 3). The AES key-wrap blob has no header, hence no entry: it is ciphertext.
 *
 * @param ksyId       the layout's .ksy id
 * @param magicOffset where its magic is
 * @param version     the CryptoAPI bVersion it needs, or 0 for a CNG layout
 * @param magics      which little-endian u4 values at {@code magicOffset} it knows
 * @param parser      its generated Kaitai parser
 */
record KnownLayout(String ksyId, int magicOffset, int version, LongPredicate magics,
        Function<KaitaiStream, KaitaiStruct> parser) {

    private static final long KDBM = 0x4d42444bL;

    static final List<KnownLayout> ALL = List.of(
            cng("bcrypt_key_data_blob", m -> m == KDBM, BcryptKeyDataBlob::new),
            cng("bcrypt_rsakey_blob", m -> BcryptRsakeyBlob.Magic.byId(m) != null, BcryptRsakeyBlob::new),
            cng("bcrypt_ecckey_blob", m -> BcryptEcckeyBlob.Magic.byId(m) != null, BcryptEcckeyBlob::new),
            cng("bcrypt_dsa_key_blob", m -> BcryptDsaKeyBlob.Magic.byId(m) != null, BcryptDsaKeyBlob::new),
            cng("bcrypt_dsa_key_blob_v2", m -> BcryptDsaKeyBlobV2.Magic.byId(m) != null, BcryptDsaKeyBlobV2::new),
            cng("bcrypt_dh_key_blob", m -> BcryptDhKeyBlob.Magic.byId(m) != null, BcryptDhKeyBlob::new),
            cng("bcrypt_parameter_set_key_blob", m -> BcryptParameterSetKeyBlob.KeyMagic.byId(m) != null,
                    BcryptParameterSetKeyBlob::new),
            capi("capi_rsa_key_blob", 2, m -> CapiRsaKeyBlob.Magic.byId(m) != null, CapiRsaKeyBlob::new),
            capi("capi_dss_key_blob", 2, m -> CapiDssKeyBlob.Magic.byId(m) != null, CapiDssKeyBlob::new),
            capi("capi_ver3_key_blob", 3, m -> CapiVer3KeyBlob.Magic.byId(m) != null, CapiVer3KeyBlob::new));

    private static final int PUBLICKEYBLOB = 6;
    private static final int PRIVATEKEYBLOB = 7;

    private static KnownLayout cng(String id, LongPredicate magics, Function<KaitaiStream, KaitaiStruct> parser) {
        return new KnownLayout(id, 0, 0, magics, parser);
    }

    private static KnownLayout capi(String id, int version, LongPredicate magics, Function<KaitaiStream, KaitaiStruct> parser) {
        return new KnownLayout(id, 8, version, magics, parser);
    }

    /** The layout whose magic the blob carries; empty when none does. */
    static Optional<KnownLayout> recognise(byte[] blob) {
        return ALL.stream().filter(l -> l.recognises(blob)).findFirst();
    }

    boolean recognises(byte[] blob) {
        if (blob.length < magicOffset + 4) {
            return false;
        }
        if (version != 0) {
            int bType = blob[0] & 0xff;
            if (bType != PUBLICKEYBLOB && bType != PRIVATEKEYBLOB || (blob[1] & 0xff) != version) {
                return false;
            }
        }
        return magics.test(u4(blob, magicOffset));
    }

    /** Parses the blob; throws as the Kaitai runtime does on a malformed one. */
    KaitaiStruct parse(KaitaiStream io) {
        return parser.apply(io);
    }

    static long u4(byte[] blob, int offset) {
        return ByteBuffer.wrap(blob, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
    }

    /** The first bytes of a blob no layout recognises, for the message. */
    static String describeStart(byte[] blob) {
        byte[] start = Arrays.copyOf(blob, Math.min(blob.length, 12));
        return "it begins " + HexFormat.ofDelimiter(" ").formatHex(start) + " "
                + FieldWalker.ascii(start) + (blob.length > 12 ? " ..." : "") + " (" + blob.length + " bytes)";
    }

    static KaitaiStream stream(byte[] blob) {
        return BlobStream.of(blob);
    }
}
