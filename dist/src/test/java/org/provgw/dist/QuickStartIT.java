package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The quick start: the shipped configuration, started through bin/provgw on a fresh copy of the
 * distribution, creates its embedded database with the sample phones and serves their built
 * SEP<MAC>.cnf.xml, XMLDefault.cnf.xml and SIP<MAC>.cnf over TFTP, while tftpboot/ still serves
 * the static files; provgw render prints the same bytes and provgw devices lists the phones, both
 * while the server runs.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class QuickStartIT {

    private static final Pattern SERVING = Pattern.compile("serving tftp on (\\S+):(\\d+)");
    private static final Pattern LISTEN_LINE = Pattern.compile("(?m)^tftp\\.listen\\s*=.*$");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    private Path home;
    private Path config;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        config = Files.writeString(home.resolve("conf/quick.properties"),
                LISTEN_LINE.matcher(shipped).replaceFirst("tftp.listen = 127.0.0.1:0"));
    }

    @Test
    void servesBuiltFilesOfTheSamplePhonesFromTheEmbeddedDatabaseOverTftp() throws Exception {
        try (RunningProvgw gateway = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", config.toString())
                .in(tmp).start()) {
            Matcher serving = gateway.awaitStdout(SERVING, START_LIMIT);
            int port = Integer.parseInt(serving.group(2));

            byte[] sccp = fetch("SEP0011AABBCC01.cnf.xml", port);
            Document device = parse(sccp);
            assertEquals("device", device.getDocumentElement().getTagName());
            assertEquals("SCCP", text(device, "deviceProtocol"));
            assertEquals("192.0.2.11", text(device, "processNodeName"), "the sample HQ CallManager");
            assertEquals("SCCP41.9-4-2SR3-1S", text(device, "loadInformation"), "the 7941 default load");
            assertTrue(Files.isRegularFile(home.resolve("tftpboot/SCCP41.9-4-2SR3-1S.loads")), "whose manifest fs serves");

            Document sip = parse(fetch("SEP0011AABBCC09.cnf.xml", port));
            assertEquals("SIP", text(sip, "deviceProtocol"));
            Document xmlDefault = parse(fetch("XMLDefault.cnf.xml", port));
            assertEquals("Default", xmlDefault.getDocumentElement().getTagName());
            assertEquals("SCCP41.9-4-2SR3-1S", text(xmlDefault, "loadInformation115"));
            String sipFirmware = new String(fetch("SIP0011AABBCC08.cnf", port), StandardCharsets.UTF_8);
            assertTrue(sipFirmware.contains("5108"), sipFirmware);
            assertArrayEquals(Files.readAllBytes(home.resolve("tftpboot/RingList.xml")), fetch("RingList.xml", port),
                    "static files still come from tftpboot/");
            assertTrue(Files.isRegularFile(home.resolve("data/provgw.mv.db")), "the embedded database under data/");

            Finished render = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", config.toString(), "render",
                    "SEP0011AABBCC01.cnf.xml").in(tmp).run();
            assertEquals(0, render.exitCode(), render::describe);
            assertEquals(new String(sccp, StandardCharsets.UTF_8), render.stdout(), "render prints what TFTP serves");
            assertTrue(render.stderr().contains("provider=sql version="), render::describe);

            Finished devices = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", config.toString(), "devices")
                    .in(tmp).run();
            assertEquals(0, devices.exitCode(), devices::describe);
            List<String> lines = devices.stdout().lines().toList();
            assertEquals(12, lines.size(), devices::describe);
            assertTrue(lines.stream().allMatch(l -> l.matches("SEP0011AABBCC0[0-9A-C] +sql +SEP\\S+\\.cnf\\.xml.*")),
                    devices::describe);
            assertTrue(lines.contains("SEP0011AABBCC08  sql  SEP0011AABBCC08.cnf.xml SIP0011AABBCC08.cnf"),
                    devices::describe);

            awaitAccessLogLine("provider=sql", gateway);
            assertEquals(128 + 15, gateway.terminate(Duration.ofSeconds(20)), gateway::output);
        }
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] fetch(String file, int port) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(5));
        client.setMaxTimeouts(5);
        client.open();
        try {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            client.receiveFile(file, TFTP.BINARY_MODE, received, InetAddress.getByName("127.0.0.1"), port);
            return received.toByteArray();
        } finally {
            client.close();
        }
    }

    private void awaitAccessLogLine(String text, RunningProvgw gateway) throws Exception {
        Path accessLog = home.resolve("logs/access.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(Files.exists(accessLog) && Files.readString(accessLog).contains(text))) {
            assertTrue(gateway.process().isAlive(), gateway::output);
            if (System.nanoTime() > deadline) {
                fail("no access line with " + text + " in " + accessLog + "\n" + gateway.output());
            }
            Thread.sleep(100);
        }
    }
}
