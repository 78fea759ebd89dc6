package org.provgw.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.fakes.TestFiles;

/**
 * The gateway as a user runs it: a properties file naming the real filesystem provider (root and
 * an alternate location) and the real TFTP endpoint, fetched from with commons-net's client.
 */
@Timeout(60)
class GatewayEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void servesTheTreeFromTheChainInOrderOverTftp() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tftpboot"));
        Path alternate = Files.createDirectories(dir.resolve("alternate"));
        byte[] config = random(4000);
        byte[] firmware = random(700_000);
        Files.write(root.resolve("SEP0011AABBCC01.cnf.xml"), config);
        Files.write(alternate.resolve("SEP0011AABBCC01.cnf.xml"), random(10));
        Files.createDirectories(alternate.resolve("firmware"));
        Files.write(alternate.resolve("firmware/P0030801SR02.sbn"), firmware);
        Path file = TestFiles.config(dir.resolve("conf/provgw.properties"),
                "providers = fs",
                "provider.fs.type = filesystem",
                "provider.fs.root = ../tftpboot",
                "provider.fs.alternate.1 = ../alternate",
                "tftp.listen = 127.0.0.1:0",
                "tftp.timeout = 500ms");

        try (GatewaySetup setup = GatewaySetup.load(file, Optional.empty())) {
            Gateway gateway = setup.newGateway();
            gateway.start();
            InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
            try {
                assertArrayEquals(config, fetch(tftp, "sep0011aabbcc01.cnf.xml"), "root first, any case");
                assertArrayEquals(firmware, fetch(tftp, "/firmware/P0030801SR02.sbn"), "then the alternate");
                IOException missing = assertThrows(IOException.class, () -> fetch(tftp, "../etc/passwd"));
                assertTrue(missing.getMessage().contains("2"), missing.getMessage());
            } finally {
                gateway.stop();
            }
        }
    }

    private static byte[] fetch(InetSocketAddress server, String name) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(java.time.Duration.ofSeconds(2));
        client.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, out, server.getAddress(), server.getPort());
            return out.toByteArray();
        } finally {
            client.close();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
