package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.Gateway;
import org.provgw.gateway.GatewaySetup;
import org.provgw.provider.FileProvider;

/**
 * The gateway as a user runs it, with {@code provider.dir.type = ldap} in its properties file
 * and the real TFTP endpoint, fetched from with commons-net's client: the files built from the
 * shipped sample directory, "not found" for an unknown phone, and the cached file while the
 * directory is stopped.
 */
@Timeout(60)
class GatewayOverLdapTest {

    @TempDir
    Path dir;

    @Test
    void servesFilesBuiltFromTheDirectoryOverTftp() throws Exception {
        try (TestDirectory directory = TestDirectory.start(TestDirectory.SAMPLE)) {
            byte[] expected;
            try (FileProvider direct = Providers.create(directory, Map.of())) {
                expected = Providers.fetch(direct, "SEP0011AABBCC09.cnf.xml").orElseThrow();
            }
            Path conf = Files.createDirectories(dir.resolve("conf")).resolve("provgw.properties");
            Files.writeString(conf, String.join("\n",
                    "providers = dir",
                    "provider.dir.type = ldap",
                    "provider.dir.url = " + directory.url(),
                    "provider.dir.base = " + TestDirectory.BASE,
                    "provider.dir.timeout.connect = 500ms",
                    "provider.dir.retry-interval = 50ms",
                    "tftp.listen = 127.0.0.1:0",
                    "tftp.timeout = 500ms", ""));
            try (GatewaySetup setup = GatewaySetup.load(conf, Optional.empty())) {
                Gateway gateway = setup.newGateway();
                gateway.start();
                try {
                    InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
                    assertArrayEquals(expected, fetch(tftp, "SEP0011AABBCC09.cnf.xml"));
                    assertArrayEquals(expected, fetch(tftp, "sep0011aabbcc09.cnf.xml"), "any case");
                    IOException unknown = assertThrows(IOException.class, () -> fetch(tftp, "SEP00DEADBEEF01.cnf.xml"));
                    assertTrue(unknown.getMessage().contains("1"), unknown.getMessage());
                    directory.stop();
                    assertArrayEquals(expected, fetch(tftp, "SEP0011AABBCC09.cnf.xml"), "cached while stopped");
                } finally {
                    gateway.stop();
                }
            }
        }
    }

    private static byte[] fetch(InetSocketAddress server, String name) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, out, server.getAddress(), server.getPort());
            return out.toByteArray();
        } finally {
            client.close();
        }
    }
}
