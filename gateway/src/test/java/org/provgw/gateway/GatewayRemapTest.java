package org.provgw.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.cli.Cli;
import org.provgw.gateway.fakes.TestFiles;
import org.provgw.gateway.remap.RemapTesting;

/**
 * A map file as a user configures it ({@code map-file}), through the real filesystem provider
 * and the real TFTP endpoint, fetched with commons-net's client: remapped names are served,
 * refused names get ERROR 2 with the rule's message, and the file is reloaded while serving;
 * {@code provgw render} answers each name as the endpoint does.
 */
@Timeout(60)
class GatewayRemapTest {

    @TempDir
    Path dir;

    private Path setUp(String... mapLines) throws IOException {
        Path root = Files.createDirectories(dir.resolve("tftpboot"));
        Files.writeString(root.resolve("SEP0011AABBCC01.cnf.xml"), "<device/>");
        Files.createDirectories(root.resolve("firmware"));
        Files.writeString(root.resolve("firmware/P0030801SR02.sbn"), "firmware");
        Files.createDirectories(root.resolve("127.0.0.1"));
        Files.writeString(root.resolve("127.0.0.1/XMLDefault.cnf.xml"), "<default for 127.0.0.1/>");
        Files.createDirectories(root.resolve("192.0.2.7"));
        Files.writeString(root.resolve("192.0.2.7/XMLDefault.cnf.xml"), "<default for 192.0.2.7/>");
        Files.writeString(Files.createDirectories(dir.resolve("conf")).resolve("tftpd.map"),
                String.join("\n", mapLines) + "\n", StandardCharsets.UTF_8);
        return TestFiles.config(dir.resolve("conf/provgw.properties"),
                "providers = fs",
                "provider.fs.type = filesystem",
                "provider.fs.root = ../tftpboot",
                "provider.fs.case-insensitive = false",
                "map-file = tftpd.map",
                "tftp.listen = 127.0.0.1:0",
                "tftp.timeout = 500ms",
                "probe.listen = 127.0.0.1:0");
    }

    @Test
    void servesRemappedNamesRefusesDeniedOnesAndReloadsWhileServing() throws Exception {
        Path config = setUp(
                "rg \\\\ /                                   # Windows separators",
                "ri ^/*(tftpboot/)?                         # leading slashes, a tftpboot prefix",
                "ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml",
                "rE ^([^/]+\\.sbn)$ firmware/\\1             # firmware, if it is there",
                "r ^(XMLDefault\\.cnf\\.xml)$ \\i/\\1       # a default per client",
                "a ^private/ no\\ private\\ files");

        try (GatewaySetup setup = GatewaySetup.load(config, Optional.empty())) {
            Gateway gateway = setup.newGateway();
            gateway.start();
            InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
            try {
                assertEquals("<device/>", fetch(tftp, "\\tftpboot\\sep0011aabbcc01.CNF.XML"));
                assertEquals("firmware", fetch(tftp, "/P0030801SR02.sbn"));
                assertEquals("<default for 127.0.0.1/>", fetch(tftp, "XMLDefault.cnf.xml"));
                IOException denied = assertThrows(IOException.class, () -> fetch(tftp, "private/key"));
                assertEquals("Error code 2 received: no private files", denied.getMessage());
                IOException missing = assertThrows(IOException.class, () -> fetch(tftp, "missing.sbn"));
                assertTrue(missing.getMessage().startsWith("Error code 1 "), "E undid the rewrite: " + missing);

                InetSocketAddress probe = gateway.boundAddresses().get("probe").get(0);
                assertEquals("FOUND fs firmware", ask(probe, "P0030801SR02.sbn"));
                assertEquals("DENIED no private files", ask(probe, "private/key"), "every protocol, the same rules");

                Files.writeString(dir.resolve("conf/tftpd.map"), "a ^SEP phones\\ are\\ closed\n");
                RemapTesting.nudge(); // SIGHUP where the JVM allows it; else the next poll sees it
                awaitRefusal(tftp, "SEP0011AABBCC01.cnf.xml", "Error code 2 received: phones are closed");
            } finally {
                gateway.stop();
            }
            assertFalse(RemapTesting.watcherRunning(), "the watcher stops with the gateway");
        }
    }

    @Test
    void aReloadLeavesATransferInFlightToFinishWithTheFileItStarted() throws Exception {
        Path config = setUp("rE ^([^/]+\\.sbn)$ firmware/\\1");
        byte[] image = new byte[3000];
        new java.util.Random(7).nextBytes(image);
        Files.write(dir.resolve("tftpboot/firmware/big.sbn"), image);

        try (GatewaySetup setup = GatewaySetup.load(config, Optional.empty());
             DatagramSocket phone = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Gateway gateway = setup.newGateway();
            gateway.start();
            InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
            try {
                phone.setSoTimeout(5000);
                byte[] request = "\0\1big.sbn\0octet\0".getBytes(StandardCharsets.US_ASCII);
                phone.send(new DatagramPacket(request, request.length, tftp));
                DatagramPacket data = new DatagramPacket(new byte[600], 600);
                phone.receive(data);
                assertEquals(1, block(data), "DATA 1 of the remapped name");
                InetSocketAddress transfer = (InetSocketAddress) data.getSocketAddress();
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                received.write(data.getData(), 4, data.getLength() - 4);

                // The rules change while the phone holds DATA 1 unacknowledged.
                Files.writeString(dir.resolve("conf/tftpd.map"), "a ^ closed\n");
                RemapTesting.nudge();
                awaitRefusal(tftp, "big.sbn", "Error code 2 received: closed");

                int acked = 1;
                int last = data.getLength() - 4;
                while (last == 512) {
                    byte[] ack = {0, 4, (byte) (acked >> 8), (byte) acked};
                    phone.send(new DatagramPacket(ack, ack.length, transfer));
                    phone.receive(data);
                    if (block(data) == acked + 1) { // retransmissions of the block already held are skipped
                        acked++;
                        last = data.getLength() - 4;
                        received.write(data.getData(), 4, last);
                    }
                }
                byte[] ack = {0, 4, (byte) (acked >> 8), (byte) acked};
                phone.send(new DatagramPacket(ack, ack.length, transfer));
                org.junit.jupiter.api.Assertions.assertArrayEquals(image, received.toByteArray());
            } finally {
                gateway.stop();
            }
        }
    }

    /** @return the block number of a DATA packet; fails on anything else */
    private static int block(DatagramPacket packet) {
        byte[] bytes = packet.getData();
        assertEquals(3, ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff), "a DATA packet");
        return ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    }

    /** provgw render: what the TFTP endpoint of the same configuration answers, name by name. */
    @Test
    void renderAppliesTheMapFileAsTheTftpEndpointDoes() throws Exception {
        Path config = setUp(
                "rg \\\\ /",
                "ri ^/*(tftpboot/)?",
                "ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml",
                "rE ^([^/]+\\.sbn)$ firmware/\\1",
                "r ^(XMLDefault\\.cnf\\.xml)$ \\i/\\1",
                "a ^private/ no\\ private\\ files");

        try (GatewaySetup setup = GatewaySetup.load(config, Optional.empty())) {
            Gateway gateway = setup.newGateway();
            gateway.start();
            InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
            try {
                for (String name : List.of("\\tftpboot\\sep0011aabbcc01.CNF.XML", "/P0030801SR02.sbn",
                        "XMLDefault.cnf.xml")) {
                    Rendered render = render(config, name);
                    assertEquals(0, render.status(), render.err());
                    assertEquals(fetch(tftp, name), render.out(), name);
                    assertTrue(render.err().startsWith("map file: " + name + " -> "), render.err());
                }
                Rendered otherClient = render(config, "XMLDefault.cnf.xml", "--client", "192.0.2.7");
                assertEquals(0, otherClient.status(), otherClient.err());
                assertEquals("<default for 192.0.2.7/>", otherClient.out(), "\\i is the --client address");
                IOException denied = assertThrows(IOException.class, () -> fetch(tftp, "private/key"));
                assertEquals("Error code 2 received: no private files", denied.getMessage());
                Rendered refused = render(config, "private/key");
                assertEquals(1, refused.status());
                assertEquals("", refused.out());
                assertEquals("provgw render: private/key: refused by the map file: no private files\n", refused.err());
                assertThrows(IOException.class, () -> fetch(tftp, "missing.sbn"));
                Rendered missing = render(config, "missing.sbn");
                assertEquals(1, missing.status());
                assertEquals("provgw render: missing.sbn: not found (no provider of the chain has it)\n",
                        missing.err(), "E undid the rewrite, as for TFTP");
            } finally {
                gateway.stop();
            }
        }
        Files.writeString(dir.resolve("conf/tftpd.map"), "rq ^x y\n");
        Rendered badMap = render(config, "XMLDefault.cnf.xml");
        assertEquals(2, badMap.status(), "a bad map file is a configuration error, as at start-up");
        assertTrue(badMap.err().contains("map-file = ") && badMap.err().contains("line 1: invalid operation flag"),
                badMap.err());
    }

    private record Rendered(int status, String out, String err) {
    }

    private static Rendered render(Path config, String name, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--config", config.toString(), "render", name));
        args.addAll(List.of(options));
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty())
                .execute(args.toArray(String[]::new));
        return new Rendered(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aBadRuleStopsTheStartWithTheFileTheLineAndTheReason() throws Exception {
        Path config = setUp("r ^/", "rq ^x y");

        try (GatewaySetup setup = GatewaySetup.load(config, Optional.empty())) {
            Gateway gateway = setup.newGateway();
            ConfigException e = assertThrows(ConfigException.class, gateway::start);

            Path map = dir.resolve("conf/tftpd.map").toAbsolutePath().normalize();
            assertEquals(config + ": map-file = " + map + ": line 2: invalid operation flag 'q' in 'rq'"
                    + " (valid: r g gg i e E s a j ~ 4 6 G P)", e.getMessage());
            assertEquals(Optional.of("map-file"), e.key());
            assertTrue(gateway.boundAddresses().isEmpty());
            assertFalse(RemapTesting.watcherRunning());
        }
    }

    @Test
    void aMissingMapFileStopsTheStart() throws Exception {
        Path config = setUp("r ^/");
        Files.delete(dir.resolve("conf/tftpd.map"));

        try (GatewaySetup setup = GatewaySetup.load(config, Optional.empty())) {
            ConfigException e = assertThrows(ConfigException.class, setup.newGateway()::check);
            assertTrue(e.getMessage().endsWith("tftpd.map: no such file"), e.getMessage());
        }
    }

    private static void awaitRefusal(InetSocketAddress tftp, String name, String message) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = "served: " + fetch(tftp, name);
            } catch (IOException e) {
                last = e.getMessage();
                if (last.equals(message)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        assertEquals(message, last);
    }

    private static String fetch(InetSocketAddress server, String name) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, out, server.getAddress(), server.getPort());
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            client.close();
        }
    }

    private static String ask(InetSocketAddress probe, String name) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, probe));
            DatagramPacket answer = new DatagramPacket(new byte[1500], 1500);
            socket.receive(answer);
            return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8);
        }
    }
}
