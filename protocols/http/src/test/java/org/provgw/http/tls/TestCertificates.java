package org.provgw.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Key material made at test time with the running JDK's keytool (never committed): a PKCS#12
 * keystore, the certificate as PEM, and the key as PKCS#8 PEM. The certificate names
 * {@code localhost} and {@code 127.0.0.1}.
 */
public final class TestCertificates {

    public static final String PASSWORD = "changeit";

    /** What one generated key pair is available as. */
    public record Material(Path keystore, Path certificatePem, Path keyPem) {
        /** @return a client context that trusts exactly this certificate */
        public SSLContext clientContext() throws Exception {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(certificatePem)) {
                trust.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        }
    }

    private TestCertificates() {
    }

    /**
     * @param dir where the files go
     * @param name a file name prefix
     * @param keyAlgorithm {@code EC} or {@code RSA}
     */
    public static Material generate(Path dir, String name, String keyAlgorithm) throws Exception {
        Path keystore = dir.resolve(name + ".p12");
        List<String> command = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", "server",
                "-keyalg", keyAlgorithm, "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (keyAlgorithm.equals("EC")) {
            command.addAll(List.of("-groupname", "secp256r1"));
        } else {
            command.addAll(List.of("-keysize", "2048"));
        }
        run(command);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey("server", PASSWORD.toCharArray());
        Certificate certificate = store.getCertificate("server");
        Path certificatePem = Files.writeString(dir.resolve(name + "-cert.pem"),
                pem("CERTIFICATE", certificate.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve(name + "-key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        return new Material(keystore, certificatePem, keyPem);
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    /** Runs a command to completion and fails the test if it does not succeed. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish");
        }
        assertEquals(0, process.exitValue(), command + "\n" + output);
        return output;
    }
}
