package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload and serving-limit keys as the shipped configuration documents them: uncommented,
 * they are accepted, and the packaged gateway stores an upload that it then serves back.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UploadIT {

    private static final Pattern SERVING = Pattern.compile("serving tftp on (\\S+):(\\d+)");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^#(tftp\\.(upload\\.|max-transfers)\\S*\\s*=.*)$");
    private static final Pattern LISTEN_LINE = Pattern.compile("(?m)^tftp\\.listen\\s*=.*$");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
        Files.createDirectories(home.resolve("tftpboot/logs"));
        Files.createDirectories(home.resolve("tftpboot/crash"));
    }

    @Test
    void theDocumentedKeysWorkAndAnUploadIsServedBack() throws Exception {
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        Matcher documented = DOCUMENTED.matcher(shipped);
        int keys = 0;
        while (documented.find()) {
            keys++;
        }
        assertEquals(9, keys, "every upload and limit key is documented in the shipped file");
        String config = DOCUMENTED.matcher(shipped).replaceAll("$1")
                .replace("tftp.upload.create = false", "tftp.upload.create = true");
        config = LISTEN_LINE.matcher(config).replaceFirst("tftp.listen = 127.0.0.1:0");
        Path file = Files.writeString(home.resolve("conf/upload.properties"), config);

        Finished check = Provgw.of(home.resolve("bin/provgw"), tmp, "--check", "--config", file.toString()).run();
        assertEquals(0, check.exitCode(), check::describe);

        byte[] content = new byte[5000];
        new Random(5000).nextBytes(content);
        try (RunningProvgw gateway = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", file.toString())
                .in(tmp).start()) {
            Matcher serving = gateway.awaitStdout(SERVING, LIMIT);
            int port = Integer.parseInt(serving.group(2));
            TFTPClient client = new TFTPClient();
            client.setDefaultTimeout(Duration.ofSeconds(2));
            client.open();
            try {
                client.sendFile("logs/SEP0011AABBCC01.log", TFTP.BINARY_MODE, new ByteArrayInputStream(content),
                        InetAddress.getByName("127.0.0.1"), port);
                ByteArrayOutputStream back = new ByteArrayOutputStream();
                client.receiveFile("logs/SEP0011AABBCC01.log", TFTP.BINARY_MODE, back,
                        InetAddress.getByName("127.0.0.1"), port);
                assertArrayEquals(content, back.toByteArray(), gateway::output);
            } finally {
                client.close();
            }
            assertArrayEquals(content, Files.readAllBytes(home.resolve("tftpboot/logs/SEP0011AABBCC01.log")));
            awaitAccessLine("detail=\"put\"", gateway);
        }
    }

    private void awaitAccessLine(String text, RunningProvgw gateway) throws Exception {
        Path accessLog = home.resolve("logs/access.log");
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!(Files.exists(accessLog) && Files.readString(accessLog).contains(text))) {
            assertTrue(gateway.process().isAlive(), gateway::output);
            if (System.nanoTime() > deadline) {
                fail("no line with " + text + " in " + accessLog + "\n" + gateway.output());
            }
            Thread.sleep(100);
        }
    }
}
