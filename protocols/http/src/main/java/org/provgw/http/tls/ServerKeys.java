package org.provgw.http.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The HTTPS listener's key and certificate chain, loaded from PEM files or a PKCS#12 keystore,
 * checked (the key matches the first certificate; an expired or not yet valid certificate is
 * logged, not refused, so that a clock problem does not take the service down) and turned into
 * an {@link SSLContext}. No client certificates are asked for, so no trust store is needed.
 */
public final class ServerKeys {

    private static final Logger LOG = LogManager.getLogger(ServerKeys.class);
    private static final String ALIAS = "server";
    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private ServerKeys() {
    }

    /**
     * @param certificates a PEM file holding the server certificate first, then its chain
     * @param key a PEM file holding the private key (it may be the same file)
     * @return the context
     * @throws KeyMaterialException if a file is unreadable, malformed, or the key does not match
     */
    public static SSLContext fromPem(Path certificates, Path key) throws KeyMaterialException {
        List<X509Certificate> chain = new ArrayList<>();
        for (PemBlock block : PemBlock.read(certificates)) {
            if (block.label().equals("CERTIFICATE")) {
                chain.add(certificate(block.der(), certificates));
            }
        }
        if (chain.isEmpty()) {
            throw new KeyMaterialException(certificates + ": no CERTIFICATE block");
        }
        PemBlock keyBlock = PemBlock.read(key).stream().filter(PrivateKeys::isKey).findFirst()
                .orElseThrow(() -> new KeyMaterialException(key + ": no PRIVATE KEY block"));
        PrivateKey privateKey = PrivateKeys.decode(keyBlock, key.toString());
        return context(privateKey, chain.toArray(X509Certificate[]::new), certificates + " and " + key);
    }

    /**
     * @param keystore a PKCS#12 file
     * @param password its password, also the key's
     * @param alias the entry to use; optional when the keystore holds exactly one key
     * @return the context
     * @throws KeyMaterialException if the file is unreadable, the password wrong, or the entry
     *     missing or ambiguous
     */
    public static SSLContext fromPkcs12(Path keystore, char[] password, Optional<String> alias)
            throws KeyMaterialException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot open PKCS#12 keystore " + keystore + ": " + e.getMessage(), e);
        }
        try {
            String entry = alias.isPresent() ? alias.get() : onlyKeyEntry(store, keystore);
            Key key = store.getKey(entry, password);
            Certificate[] chain = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                throw new KeyMaterialException(keystore + ": no private key with a certificate under alias '"
                        + entry + "'");
            }
            X509Certificate[] x509 = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                x509[i] = (X509Certificate) chain[i];
            }
            return context(privateKey, x509, keystore.toString());
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyMaterialException("cannot read the key in " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyEntry(KeyStore store, Path keystore) throws GeneralSecurityException,
            KeyMaterialException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new KeyMaterialException(keystore + " holds " + keys.size() + " keys " + keys
                    + "; name the one to use with https.keystore.alias");
        }
        return keys.get(0);
    }

    private static X509Certificate certificate(byte[] der, Path file) throws KeyMaterialException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new KeyMaterialException(file + ": a CERTIFICATE block is not an X.509 certificate", e);
        }
    }

    private static SSLContext context(PrivateKey key, X509Certificate[] chain, String source)
            throws KeyMaterialException {
        checkPair(key, chain[0], source);
        warnIfNotValidNow(chain[0], source);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, IN_MEMORY, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, IN_MEMORY);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException(source + ": the key and certificate cannot be used for TLS: "
                    + e.getMessage(), e);
        }
    }

    /** Signs a probe with the key and verifies it with the certificate's public key. */
    private static void checkPair(PrivateKey key, X509Certificate certificate, String source)
            throws KeyMaterialException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> null; // RSASSA-PSS needs parameters; the TLS handshake will tell
        };
        if (algorithm == null) {
            return;
        }
        byte[] probe = "provgw key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // a key and certificate of different types land here too
        }
        throw new KeyMaterialException(source + ": the private key does not belong to the first certificate ("
                + certificate.getSubjectX500Principal().getName() + ")");
    }

    private static void warnIfNotValidNow(X509Certificate certificate, String source) {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            LOG.warn("the HTTPS certificate in {} ({}) is not valid now: {}; clients will refuse it", source,
                    certificate.getSubjectX500Principal().getName(), e.getMessage());
        }
    }
}
