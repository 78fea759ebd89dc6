package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway serving over TFTP, HTTP and HTTPS at once, started through bin/provgw with
 * the shipped configuration (listeners moved to ports the system picks, and a keystore made at
 * test time with the running JDK's keytool): every file of the static sample tree and every file
 * the embedded database builds for the sample phones answers the same bytes over each protocol,
 * and each request leaves an access line naming its protocol.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HttpIT {

    private static final Pattern TFTP_LISTEN = Pattern.compile("(?m)^tftp\\.listen\\s*=.*$");
    private static final Pattern HTTP_LISTEN = Pattern.compile("(?m)^http\\.listen\\s*=.*$");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
    private static final String PASSWORD = "changeit";

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
    }

    @Test
    void theSameNamesAnswerTheSameBytesOverTftpHttpAndHttps() throws Exception {
        Path keystore = keystore();
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        assertTrue(HTTP_LISTEN.matcher(shipped).find(), "the shipped file enables HTTP");
        assertTrue(shipped.contains("#https.listen"), "the shipped file shows HTTPS, commented out");
        String config = HTTP_LISTEN.matcher(TFTP_LISTEN.matcher(shipped).replaceFirst("tftp.listen = 127.0.0.1:0"))
                .replaceFirst("http.listen = 127.0.0.1:0")
                + "\nhttps.listen = 127.0.0.1:0\nhttps.keystore = " + keystore + "\nhttps.keystore.password = " + PASSWORD
                + "\n";
        Path file = Files.writeString(home.resolve("conf/it-http.properties"), config);

        List<String> built = builtNames(file);
        try (RunningProvgw gateway = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", file.toString())
                .in(tmp).start()) {
            int tftp = port(gateway, "tftp");
            int http = port(gateway, "http");
            int https = port(gateway, "https");
            HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpClient secure = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trusting(keystore)).build();
            List<String> names = sampleNames();
            assertTrue(names.size() >= 5, names::toString);
            for (String name : names) {
                byte[] expected = Files.readAllBytes(Distribution.sampleSources().resolve(name));
                assertArrayEquals(expected, tftp(name, tftp), "tftp " + name + "\n" + gateway.output());
                assertSameOverEachProtocol(name, expected, plain, http, secure, https, tftp);
            }
            for (String name : built) {
                byte[] overTftp = tftp(name, tftp);
                assertTrue(overTftp.length > 0, "tftp " + name + "\n" + gateway.output());
                assertSameOverEachProtocol(name, overTftp, plain, http, secure, https, tftp);
            }
            byte[] unsigned = tftp("SEP0011AABBCC01.cnf.xml", tftp);
            assertArrayEquals(unsigned, get(secure, "https://127.0.0.1:" + https + "/SEP0011AABBCC01.cnf.xml.sgn"),
                    "a phone on 6971 asking for the signed file gets the unsigned one");
            HttpResponse<byte[]> missing = plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http + "/SEP0011AABBCC99.cnf.xml")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, missing.statusCode());

            String accessLog = awaitAccessLog(gateway, "https 127.0.0.1:", "http 127.0.0.1:", "tftp 127.0.0.1:");
            assertTrue(accessLog.contains("\"SEP0011AABBCC99.cnf.xml\" provider=- bytes=")
                    && accessLog.contains("result=not-found detail=\"GET 404\""), accessLog);
            for (String protocol : List.of("tftp", "http", "https")) {
                assertTrue(accessLog.lines().anyMatch(line -> line.contains(" " + protocol + " 127.0.0.1:")
                        && line.contains("\"SEP0011AABBCC01.cnf.xml\" provider=sql ")),
                        "the built file comes from sql over " + protocol + ":\n" + accessLog);
            }
            assertEquals(128 + 15, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void aMapFileRewritesAndRefusesNamesOverHttpAsOverTftp() throws Exception {
        Path map = Files.writeString(home.resolve("conf/it.map"), String.join("\n",
                "ri ^/*(tftpboot/)?                          # a tftpboot prefix some phones send",
                "r ^phone-default$ XMLDefault.cnf.xml",
                "a ^private/ no\\ private\\ files",
                ""));
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        String config = HTTP_LISTEN.matcher(TFTP_LISTEN.matcher(shipped).replaceFirst("tftp.listen = 127.0.0.1:0"))
                .replaceFirst("http.listen = 127.0.0.1:0") + "\nmap-file = " + map + "\n";
        Path file = Files.writeString(home.resolve("conf/it-map.properties"), config);
        try (RunningProvgw gateway = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", file.toString())
                .in(tmp).start()) {
            int tftp = port(gateway, "tftp");
            int http = port(gateway, "http");
            HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            byte[] xmlDefault = tftp("XMLDefault.cnf.xml", tftp);
            assertTrue(xmlDefault.length > 0, gateway::output);
            assertArrayEquals(xmlDefault, tftp("phone-default", tftp));
            assertArrayEquals(xmlDefault, get(plain, "http://127.0.0.1:" + http + "/phone-default"));
            assertArrayEquals(xmlDefault, get(plain, "http://127.0.0.1:" + http + "/TFTPBOOT/XMLDefault.cnf.xml"));

            IOException refused = assertThrows(IOException.class, () -> tftp("private/key", tftp));
            assertTrue(refused.getMessage().contains("no private files"), refused.getMessage());
            HttpResponse<String> denied = plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http + "/private/key")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, denied.statusCode(), denied::body);
            assertTrue(denied.body().contains("no private files"), denied::body);
            assertEquals(128 + 15, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    /**
     * The names the embedded database builds files for: each device's files as {@code provgw
     * devices} lists them, and XMLDefault.cnf.xml.
     */
    private List<String> builtNames(Path config) throws Exception {
        Finished devices = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", config.toString(), "devices")
                .in(tmp).run();
        assertEquals(0, devices.exitCode(), devices::describe);
        assertFalse(devices.stdout().contains("(unavailable"), devices::describe);
        List<String> names = new ArrayList<>(List.of("XMLDefault.cnf.xml"));
        // "SEP0011AABBCC08  sql  SEP0011AABBCC08.cnf.xml SIP0011AABBCC08.cnf"
        devices.stdout().lines().map(line -> line.trim().split("\\s+"))
                .forEach(fields -> names.addAll(List.of(fields).subList(2, fields.length)));
        assertTrue(names.contains("SEP0011AABBCC01.cnf.xml")
                && names.stream().anyMatch(name -> name.matches("SIP\\w{12}\\.cnf")), devices::describe);
        return names;
    }

    /** HTTP and HTTPS answer {@code name} with {@code expected}, and a lower-case name as TFTP does. */
    private static void assertSameOverEachProtocol(String name, byte[] expected, HttpClient plain, int http,
                                                   HttpClient secure, int https, int tftp) throws Exception {
        assertArrayEquals(expected, get(plain, "http://127.0.0.1:" + http + "/" + name), "http " + name);
        assertArrayEquals(expected, get(secure, "https://127.0.0.1:" + https + "/" + name), "https " + name);
        String lower = name.toLowerCase(Locale.ROOT);
        assertArrayEquals(tftp(lower, tftp), get(plain, "http://127.0.0.1:" + http + "/" + lower),
                "names match ignoring case over both: " + lower);
    }

    @Test
    void theShippedConfigurationServesHttpWithoutAnyKeyMaterial() throws Exception {
        Finished check = Provgw.of(home.resolve("bin/provgw"), tmp, "--check").in(tmp).run();
        assertEquals(0, check.exitCode(), check::describe);
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        assertFalse(Pattern.compile("(?m)^https\\.").matcher(shipped).find(), "no active https key");
    }

    @Test
    void httpsWithoutACertificateStopsTheStartNamingTheKey() throws Exception {
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        Path file = Files.writeString(home.resolve("conf/no-cert.properties"), shipped + "\nhttps.listen = 127.0.0.1:0\n");
        Finished check = Provgw.of(home.resolve("bin/provgw"), tmp, "--check", "--config", file.toString()).run();
        assertEquals(2, check.exitCode(), check::describe);
        assertTrue(check.stderr().contains("https.certificate") && check.stderr().contains("no-cert.properties"),
                check::describe);
    }

    private static int port(RunningProvgw gateway, String protocol) throws InterruptedException {
        Matcher m = gateway.awaitStdout(Pattern.compile("serving " + protocol + " on (\\S+):(\\d+)"), START_LIMIT);
        return Integer.parseInt(m.group(2));
    }

    private static List<String> sampleNames() throws IOException {
        Path root = Distribution.sampleSources();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static byte[] tftp(String name, int port) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.setMaxTimeouts(5);
        client.open();
        try {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, received, InetAddress.getByName("127.0.0.1"), port);
            return received.toByteArray();
        } finally {
            client.close();
        }
    }

    private static byte[] get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** A PKCS#12 keystore for 127.0.0.1 made with the keytool of the JDK running the test. */
    private Path keystore() throws Exception {
        Path keystore = tmp.resolve("tftp.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "tftp", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        return keystore;
    }

    /** A client context trusting exactly the certificate in {@code keystore}. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            server.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        byte[] certificate = server.getCertificate("tftp").getEncoded();
        trust.setCertificateEntry("tftp", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate)));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** Access lines are written by a thread of their own: wait until each prefix shows up. */
    private String awaitAccessLog(RunningProvgw gateway, String... prefixes) throws Exception {
        Path accessLog = home.resolve("logs/access.log");
        long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
        while (true) {
            String text = Files.exists(accessLog) ? Files.readString(accessLog) : "";
            if (Stream.of(prefixes).allMatch(p -> text.contains(" " + p)) && text.contains("GET 404")) {
                return text;
            }
            assertTrue(gateway.process().isAlive(), gateway::output);
            if (System.nanoTime() > deadline) {
                fail("access log lacks one of " + List.of(prefixes) + ":\n" + text);
            }
            Thread.sleep(100);
        }
    }
}
