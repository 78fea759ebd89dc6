package org.provgw.http.tls;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the HTTPS key material: PKCS#12, and PEM with the key as PKCS#8, PKCS#1 (RSA) or SEC1
 * (EC); and the refusals, each naming the file. The PKCS#1 and SEC1 forms are made with the
 * openssl binary, and those tests skip themselves without it.
 */
class ServerKeysTest {

    @TempDir
    static Path dir;
    static TestCertificates.Material ec;
    static TestCertificates.Material rsa;

    @BeforeAll
    static void generate() throws Exception {
        ec = TestCertificates.generate(dir, "ec", "EC");
        rsa = TestCertificates.generate(dir, "rsa", "RSA");
    }

    @Test
    void pkcs12WithItsOnlyKeyOrANamedOne() throws Exception {
        assertNotNull(ServerKeys.fromPkcs12(ec.keystore(), TestCertificates.PASSWORD.toCharArray(), Optional.empty()));
        assertNotNull(ServerKeys.fromPkcs12(rsa.keystore(), TestCertificates.PASSWORD.toCharArray(),
                Optional.of("server")));
    }

    @Test
    void pemWithAPkcs8KeyInItsOwnFileOrInTheSameFile() throws Exception {
        assertNotNull(ServerKeys.fromPem(ec.certificatePem(), ec.keyPem()));
        assertNotNull(ServerKeys.fromPem(rsa.certificatePem(), rsa.keyPem()));
        Path both = Files.writeString(dir.resolve("both.pem"),
                Files.readString(rsa.keyPem()) + "some text openssl would ignore\n" + Files.readString(rsa.certificatePem()));
        assertNotNull(ServerKeys.fromPem(both, both));
    }

    @Test
    void traditionalRsaAndEcKeysAreRead() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        assumeTrue(Files.isExecutable(openssl), "openssl is not installed: cannot make PKCS#1 and SEC1 keys");
        Path pkcs1 = dir.resolve("rsa-pkcs1.pem");
        Path sec1 = dir.resolve("ec-sec1.pem");
        TestCertificates.run(List.of(openssl.toString(), "pkey", "-in", rsa.keyPem().toString(), "-traditional",
                "-out", pkcs1.toString()));
        TestCertificates.run(List.of(openssl.toString(), "pkey", "-in", ec.keyPem().toString(), "-traditional",
                "-out", sec1.toString()));
        assertTrue(Files.readString(pkcs1).contains("BEGIN RSA PRIVATE KEY"));
        assertTrue(Files.readString(sec1).contains("BEGIN EC PRIVATE KEY"));
        assertNotNull(ServerKeys.fromPem(rsa.certificatePem(), pkcs1));
        assertNotNull(ServerKeys.fromPem(ec.certificatePem(), sec1));
    }

    @Test
    void anEncryptedKeyIsRefusedWithAdvice() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        assumeTrue(Files.isExecutable(openssl), "openssl is not installed: cannot encrypt a key");
        Path encrypted = dir.resolve("encrypted.pem");
        TestCertificates.run(List.of(openssl.toString(), "pkcs8", "-topk8", "-in", ec.keyPem().toString(),
                "-passout", "pass:secret", "-out", encrypted.toString()));
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> ServerKeys.fromPem(ec.certificatePem(), encrypted));
        assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains(encrypted.toString()), e.getMessage());
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefused() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> ServerKeys.fromPem(ec.certificatePem(), rsa.keyPem()));
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
        assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(rsa.certificatePem(),
                TestCertificates.generate(dir, "other", "RSA").keyPem()));
    }

    @Test
    void wrongPasswordsMissingFilesAndEmptyFilesAreRefused() throws Exception {
        assertThrows(KeyMaterialException.class,
                () -> ServerKeys.fromPkcs12(ec.keystore(), "wrong".toCharArray(), Optional.empty()));
        assertThrows(KeyMaterialException.class,
                () -> ServerKeys.fromPkcs12(ec.keystore(), TestCertificates.PASSWORD.toCharArray(), Optional.of("nope")));
        assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(dir.resolve("missing.pem"), ec.keyPem()));
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        KeyMaterialException noCert = assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(empty, ec.keyPem()));
        assertTrue(noCert.getMessage().contains("no CERTIFICATE"), noCert.getMessage());
        assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(ec.certificatePem(), empty));
        Path broken = Files.writeString(dir.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");
        assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(broken, ec.keyPem()));
        Path unterminated = Files.writeString(dir.resolve("open.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        assertThrows(KeyMaterialException.class, () -> ServerKeys.fromPem(unterminated, ec.keyPem()));
    }
}
