package org.provgw.http.tls;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * Private keys from PEM in the three unencrypted forms OpenSSL writes: PKCS#8
 * ({@code BEGIN PRIVATE KEY}: RSA, EC, Ed25519, Ed448, RSASSA-PSS), PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}) and SEC1 ({@code BEGIN EC PRIVATE KEY}, with its named
 * curve). The last two are rewrapped as PKCS#8. Encrypted keys are refused with advice: their
 * password would have to be stored next to them anyway.
 */
final class PrivateKeys {

    /** rsaEncryption, 1.2.840.113549.1.1.1. */
    private static final byte[] RSA_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
            0x01, 0x01};
    /** id-ecPublicKey, 1.2.840.10045.2.1. */
    private static final byte[] EC_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};
    private static final List<String> PKCS8_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS");

    private PrivateKeys() {
    }

    /** @return whether the block holds a private key of some form */
    static boolean isKey(PemBlock block) {
        return block.label().endsWith("PRIVATE KEY");
    }

    /**
     * @param block a block whose label ends in {@code PRIVATE KEY}
     * @param file the file it came from, for messages
     * @return the key
     * @throws KeyMaterialException if the key is encrypted, of an unsupported form, or corrupt
     */
    static PrivateKey decode(PemBlock block, String file) throws KeyMaterialException {
        if (block.label().equals("ENCRYPTED PRIVATE KEY") || block.headers().containsKey("Proc-Type")) {
            throw new KeyMaterialException(file + ": the private key is encrypted; decrypt it (openssl pkcs8 "
                    + "-in KEY -out PLAIN -nocrypt) and protect the file instead, or use a PKCS#12 keystore");
        }
        try {
            return switch (block.label()) {
                case "PRIVATE KEY" -> pkcs8(block.der(), file);
                case "RSA PRIVATE KEY" -> KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(wrap(Der.sequence(RSA_OID, Der.nullValue()), block.der())));
                case "EC PRIVATE KEY" -> KeyFactory.getInstance("EC").generatePrivate(
                        new PKCS8EncodedKeySpec(wrap(Der.sequence(EC_OID, curveOf(block.der(), file)), block.der())));
                default -> throw new KeyMaterialException(file + ": unsupported key type '" + block.label() + "'");
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyMaterialException(file + ": the " + block.label() + " is corrupt or unsupported: "
                    + e.getMessage(), e);
        }
    }

    private static PrivateKey pkcs8(byte[] der, String file) throws KeyMaterialException {
        for (String algorithm : PKCS8_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                // the next algorithm
            }
        }
        throw new KeyMaterialException(file + ": the PRIVATE KEY is not an RSA, EC, EdDSA or RSASSA-PSS key");
    }

    /** PrivateKeyInfo: version 0, the algorithm, the key in its own form as an octet string. */
    private static byte[] wrap(byte[] algorithm, byte[] key) {
        return Der.sequence(Der.integerZero(), algorithm, Der.element(Der.OCTET_STRING, key));
    }

    /** The named curve of an ECPrivateKey (RFC 5915): its optional {@code [0]} parameters. */
    private static byte[] curveOf(byte[] sec1, String file) throws KeyMaterialException {
        Der.Reader outer = new Der.Reader(sec1);
        Der.Element sequence = outer.next();
        if (sequence.tag() != Der.SEQUENCE) {
            throw new KeyMaterialException(file + ": the EC PRIVATE KEY is not a DER sequence");
        }
        Der.Reader fields = new Der.Reader(sequence.content());
        while (fields.hasMore()) {
            Der.Element field = fields.next();
            if (field.tag() == Der.CONTEXT_0) {
                Der.Element curve = new Der.Reader(field.content()).next();
                if (curve.tag() == Der.OID) {
                    return Der.encode(curve);
                }
            }
        }
        throw new KeyMaterialException(file + ": the EC PRIVATE KEY names no curve; convert it to PKCS#8 "
                + "(openssl pkcs8 -topk8 -nocrypt)");
    }
}
