package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.cli.Cli;
import org.provgw.gateway.fakes.TestFiles;

/** {@code provgw remap-test} as a user runs it, through the command line. */
class RemapTestCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty()).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private Path map(String... lines) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("conf")).resolve("tftpd.map"),
                String.join("\n", lines) + "\n");
    }

    private Path config(String... extra) throws IOException {
        Files.createDirectories(dir.resolve("tftpboot/firmware"));
        Files.writeString(dir.resolve("tftpboot/firmware/P0030801SR02.sbn"), "firmware");
        String[] lines = {"providers = fs", "provider.fs.type = filesystem", "provider.fs.root = ../tftpboot",
            "probe.listen = 127.0.0.1:0"};
        String[] all = new String[lines.length + extra.length];
        System.arraycopy(lines, 0, all, 0, lines.length);
        System.arraycopy(extra, 0, all, lines.length, extra.length);
        return TestFiles.config(dir.resolve("conf/provgw.properties"), all);
    }

    @Test
    void printsEachStepAndTheResultOfEveryName() throws IOException {
        map("rg \\\\ /",
            "ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml",
            "e ^SEP",
            "a ^private/ no\\ private\\ files",
            "r ^ \\i/");
        Path config = config("map-file = tftpd.map");

        int status = run("--config", config.toString(), "remap-test", "--client", "10.1.2.3",
                "sep0011aabbcc01.cnf.xml", "private\\key", "XMLDefault.cnf.xml");

        assertEquals(3, status, "one name is refused");
        assertEquals("""
                sep0011aabbcc01.cnf.xml  (read from 10.1.2.3)
                  line 2   ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml
                           matched "sep0011aabbcc01.cnf.xml"
                           rewrote "sep0011aabbcc01.cnf.xml" -> "SEP0011AABBCC01.cnf.xml"
                  line 3   e ^SEP
                           matched "SEP0011AABBCC01.cnf.xml"
                           stop
                  result: SEP0011AABBCC01.cnf.xml
                private\\key  (read from 10.1.2.3)
                  line 1   rg \\\\ /
                           matched "private\\key"
                           rewrote "private\\key" -> "private/key"
                  line 4   a ^private/ no\\ private\\ files
                           matched "private/key"
                           refuse: "no private files"
                  result: refused "no private files" (TFTP ERROR 2, HTTP 403)
                XMLDefault.cnf.xml  (read from 10.1.2.3)
                  line 5   r ^ \\i/
                           matched "XMLDefault.cnf.xml"
                           rewrote "XMLDefault.cnf.xml" -> "10.1.2.3/XMLDefault.cnf.xml"
                  result: 10.1.2.3/XMLDefault.cnf.xml
                """, out());
        assertEquals("", err());
    }

    @Test
    void showsRestartsJumpsUndoneRewritesAndFailures() throws IOException {
        Path file = map("r ^B1 C1", "r ^b B1", "s ^B1", "j ^C1 end", "r ^ never/", ":end", "rE ^ firmware/",
                "j ^ nowhere");

        int status = run("remap-test", "--map-file", file.toString(), "--client", "2001:db8::1", "b");

        assertEquals(3, status);
        assertEquals("""
                b  (read from 2001:db8::1)
                  line 2   r ^b B1
                           matched "b"
                           rewrote "b" -> "B1"
                  line 3   s ^B1
                           matched "B1"
                           restart from the first rule
                  line 1   r ^B1 C1
                           matched "B1"
                           rewrote "B1" -> "C1"
                  line 4   j ^C1 end
                           matched "C1"
                           jump to :end
                  line 7   rE ^ firmware/
                           matched "C1"
                           rewrote "C1" -> "firmware/C1"
                           no file "firmware/C1": undone, going on (E)
                  line 8   j ^ nowhere
                           matched "C1"
                           cannot finish: label not found: nowhere
                  result: refused "Remap table failure" (TFTP ERROR 2, HTTP 403)
                """, out());
        assertEquals("warning: " + file + ": line 8: no label ':nowhere' in the file: the jump fails every request"
                + " it matches\n", err());
    }

    @Test
    void eRulesAskTheConfiguredProvidersAndPutTestsAnUpload() throws IOException {
        map("Pr ^ uploads/", "rE ^([^/]+\\.sbn)$ firmware/\\1");
        Path config = config("map-file = tftpd.map");

        assertEquals(0, run("--config", config.toString(), "remap-test", "P0030801SR02.sbn", "other.sbn"));
        String shown = out();
        assertTrue(shown.contains("  result: firmware/P0030801SR02.sbn\n"), shown);
        assertTrue(shown.contains("no file \"firmware/other.sbn\": undone, going on (E)\n  result: other.sbn\n"), shown);

        out.reset();
        assertEquals(0, run("remap-test", "--config", config.toString(), "--put", "log.txt"));
        assertTrue(out().startsWith("log.txt  (write from 192.0.2.34)\n"), out());
        assertTrue(out().endsWith("  result: uploads/log.txt\n"), out());
    }

    @Test
    void aNameNoRuleTouchesIsServedAsItIs() throws IOException {
        Path file = map("r ^/ ");

        assertEquals(0, run("remap-test", "--map-file", file.toString(), "SEP1.cnf.xml"));
        assertEquals("SEP1.cnf.xml  (read from 192.0.2.34)\n  no rule matched\n  result: SEP1.cnf.xml\n", out());
    }

    @Test
    void aBadMapFileIsAConfigurationErrorNamingEveryBadLine() throws IOException {
        Path file = map("r ^/", "rx a", "r (");

        assertEquals(2, run("remap-test", "--map-file", file.toString(), "a"));
        assertEquals("provgw remap-test: " + file + ": line 2: invalid operation flag 'x' in 'rx'"
                + " (valid: r g gg i e E s a j ~ 4 6 G P)\n"
                + "provgw remap-test: " + file + ": line 3: bad regex '(': Unmatched ( or \\( (at character 1)\n",
                err());
        assertEquals("", out());

        err.reset();
        Path config = config("map-file = tftpd.map");
        assertEquals(2, run("--config", config.toString(), "remap-test", "a"));
        assertTrue(err().startsWith("provgw remap-test: " + config + ": map-file = "), err());
    }

    @Test
    void usageErrors() throws IOException {
        Path config = config();
        assertEquals(2, run("--config", config.toString(), "remap-test", "a"));
        assertTrue(err().contains("map-file: is not set: there are no rules to test (or use --map-file FILE)"), err());

        err.reset();
        Path file = map("r ^/ ");
        assertEquals(2, run("remap-test", "--map-file", file.toString(), "--client", "phone.example.com", "a"));
        assertEquals("provgw remap-test: --client phone.example.com: not an IP address\n", err());

        err.reset();
        assertEquals(2, run("remap-test", "--map-file", file.toString()));
        assertTrue(err().startsWith("provgw remap-test: Missing required parameter: 'NAME'"), err());

        assertEquals(0, run("remap-test", "--help"));
        assertTrue(out().startsWith("Usage: provgw remap-test"), out());
    }
}
