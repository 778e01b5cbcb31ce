package org.cngkit.bench;

import java.util.List;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptKeyDataBlob;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob;
import org.cngkit.formats.CapiRsaKeyBlob;

/**
 * The blob layouts the parse benchmark reads, each two ways: the generated Kaitai parser of ksy-formats and
 * {@link PlainBlobParser}. {@link #kaitaiFields} and {@link #plainFields} give the variable fields each way read, so
 * a run can check that both read the same bytes before it times them.
 */
enum BlobLayout {
    CNG_RSA {
        @Override
        KaitaiStruct kaitai(byte[] blob) {
            return new BcryptRsakeyBlob(new ByteBufferKaitaiStream(blob));
        }

        @Override
        Object plain(byte[] blob) {
            return PlainBlobParser.rsa(blob);
        }

        @Override
        List<byte[]> kaitaiFields(byte[] blob) {
            BcryptRsakeyBlob k = (BcryptRsakeyBlob) kaitai(blob);
            return switch (k.magic()) {
                case RSA_PUBLIC -> List.of(k.publicExp(), k.modulus());
                case RSA_PRIVATE -> List.of(k.publicExp(), k.modulus(), k.prime1(), k.prime2());
                case RSA_FULL_PRIVATE -> List.of(k.publicExp(), k.modulus(), k.prime1(), k.prime2(), k.exponent1(),
                        k.exponent2(), k.coefficient(), k.privateExponent());
            };
        }

        @Override
        List<byte[]> plainFields(byte[] blob) {
            return PlainBlobParser.rsa(blob).fields();
        }
    },
    CAPI_RSA {
        @Override
        KaitaiStruct kaitai(byte[] blob) {
            return new CapiRsaKeyBlob(new ByteBufferKaitaiStream(blob));
        }

        @Override
        Object plain(byte[] blob) {
            return PlainBlobParser.capiRsa(blob);
        }

        @Override
        List<byte[]> kaitaiFields(byte[] blob) {
            CapiRsaKeyBlob k = (CapiRsaKeyBlob) kaitai(blob);
            return k.prime1() == null ? List.of(k.modulus()) : List.of(k.modulus(), k.prime1(), k.prime2(),
                    k.exponent1(), k.exponent2(), k.coefficient(), k.privateExponent());
        }

        @Override
        List<byte[]> plainFields(byte[] blob) {
            return PlainBlobParser.capiRsa(blob).fields();
        }
    },
    CNG_ECC {
        @Override
        KaitaiStruct kaitai(byte[] blob) {
            return new BcryptEcckeyBlob(new ByteBufferKaitaiStream(blob));
        }

        @Override
        Object plain(byte[] blob) {
            return PlainBlobParser.ecc(blob);
        }

        @Override
        List<byte[]> kaitaiFields(byte[] blob) {
            BcryptEcckeyBlob k = (BcryptEcckeyBlob) kaitai(blob);
            return k.d() == null ? List.of(k.x(), k.y()) : List.of(k.x(), k.y(), k.d());
        }

        @Override
        List<byte[]> plainFields(byte[] blob) {
            return PlainBlobParser.ecc(blob).fields();
        }
    },
    PARAMETER_SET {
        @Override
        KaitaiStruct kaitai(byte[] blob) {
            return new BcryptParameterSetKeyBlob(new ByteBufferKaitaiStream(blob));
        }

        @Override
        Object plain(byte[] blob) {
            return PlainBlobParser.parameterSet(blob);
        }

        @Override
        List<byte[]> kaitaiFields(byte[] blob) {
            BcryptParameterSetKeyBlob k = (BcryptParameterSetKeyBlob) kaitai(blob);
            return List.of(k.parameterSet().name().getBytes(java.nio.charset.StandardCharsets.UTF_16LE), k.key());
        }

        @Override
        List<byte[]> plainFields(byte[] blob) {
            return PlainBlobParser.parameterSet(blob).fields();
        }
    },
    KEY_DATA {
        @Override
        KaitaiStruct kaitai(byte[] blob) {
            return new BcryptKeyDataBlob(new ByteBufferKaitaiStream(blob));
        }

        @Override
        Object plain(byte[] blob) {
            return PlainBlobParser.keyData(blob);
        }

        @Override
        List<byte[]> kaitaiFields(byte[] blob) {
            return List.of(((BcryptKeyDataBlob) kaitai(blob)).keyData());
        }

        @Override
        List<byte[]> plainFields(byte[] blob) {
            return PlainBlobParser.keyData(blob).fields();
        }
    };

    /** The generated Kaitai parser's reading of {@code blob}. */
    abstract KaitaiStruct kaitai(byte[] blob);

    /** The ByteBuffer reading of {@code blob}. */
    abstract Object plain(byte[] blob);

    abstract List<byte[]> kaitaiFields(byte[] blob);

    abstract List<byte[]> plainFields(byte[] blob);
}
