package org.provgw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.fakes.Events;
import org.provgw.gateway.fakes.ListingProviderFactory;
import org.provgw.gateway.fakes.TestFiles;
import org.provgw.provider.FileProviderFactory;

/** {@code provgw render} and {@code provgw devices} over a configured chain, binding nothing. */
class ChainCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void clearEvents() {
        Events.clear();
    }

    private int run(String... lines) {
        return run(new String[0], lines);
    }

    private int run(String[] args, String... configLines) {
        // the listing provider comes as a plug-in JAR, as a third party's would
        TestFiles.pluginJar(dir.resolve("plugins/listing.jar"),
                Map.of(FileProviderFactory.class, List.of(ListingProviderFactory.class.getName())));
        String[] lines = java.util.Arrays.copyOf(configLines, configLines.length + 1);
        lines[configLines.length] = "plugins.dir = plugins";
        Path config = TestFiles.config(dir.resolve("provgw.properties"), lines);
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty()).execute(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static final String[] CHAIN = {
        "providers = first, second",
        "provider.first.type = memory",
        "provider.first.files = RingList.xml=<rings/>",
        "provider.second.type = listing",
        "provider.second.files = SEP0011AABBCC01.cnf.xml=<device/>, RingList.xml=shadowed",
        "probe.listen = 127.0.0.1:0"};

    @Test
    void renderWritesTheBytesTheChainAnswersWithAndSaysWhoAnswered() {
        assertEquals(0, run(new String[] {"render", "SEP0011AABBCC01.cnf.xml", "--client", "192.0.2.7"}, CHAIN));

        assertEquals("<device/>", out());
        assertEquals("provider=second version=L9 size=9\n", err());
        assertFalse(Events.all().contains("endpoint probe started"), "render binds nothing: " + Events.all());
        assertTrue(Events.all().contains("listing closed"), Events.all().toString());
    }

    @Test
    void renderAsksTheProvidersInChainOrder() {
        assertEquals(0, run(new String[] {"render", "RingList.xml"}, CHAIN));

        assertEquals("<rings/>", out());
        assertTrue(err().startsWith("provider=first "), err());
    }

    @Test
    void renderOfANameNoProviderHasExitsOne() {
        assertEquals(1, run(new String[] {"render", "SEP0011AABBCC09.cnf.xml"}, CHAIN));

        assertEquals("", out());
        assertEquals("provgw render: SEP0011AABBCC09.cnf.xml: not found (no provider of the chain has it)\n", err());
    }

    @Test
    void renderWhenAProviderCannotAnswerExitsOne() {
        assertEquals(1, run(new String[] {"render", "SEP0011AABBCC01.cnf.xml"}, "providers = db",
                "provider.db.type = listing", "provider.db.down = true", "probe.listen = 127.0.0.1:0"));

        assertEquals("", out());
        assertEquals("provgw render: SEP0011AABBCC01.cnf.xml: provider db cannot answer now: listing backend down\n",
                err());
    }

    @Test
    void renderRefusesANameThatClimbsOutAndABadClient() {
        assertEquals(1, run(new String[] {"render", "../etc/passwd"}, CHAIN));
        assertTrue(err().startsWith("provgw render: ../etc/passwd: refused: "), err());

        err.reset();
        assertEquals(2, run(new String[] {"render", "RingList.xml", "--client", "phone.example"}, CHAIN));
        assertTrue(err().startsWith("provgw render: --client wants an IP address"), err());

        err.reset();
        assertEquals(2, run(new String[] {"render"}, CHAIN));
        assertTrue(err().contains("usage: provgw render NAME [--client IP]"), err());
    }

    @Test
    void devicesListsWhatListingProvidersKnowWithProblems() {
        assertEquals(0, run(new String[] {"devices"}, "providers = fs, db", "provider.fs.type = memory",
                "provider.db.type = listing", "provider.db.files = SEP0011AABBCC01.cnf.xml=x",
                "provider.db.broken = SEP0011AABBCC02", "probe.listen = 127.0.0.1:0"));

        assertEquals("SEP0011AABBCC01  db  SEP0011AABBCC01.cnf.xml\n"
                + "SEP0011AABBCC02  db  -  (unavailable: its pool is missing)\n",
                out().replace(System.lineSeparator(), "\n"));
        assertEquals("2 devices from provider db\n", err());
    }

    @Test
    void devicesFailsWhenAProviderCannotList() {
        assertEquals(1, run(new String[] {"devices"}, "providers = db", "provider.db.type = listing",
                "provider.db.down = true", "probe.listen = 127.0.0.1:0"));

        assertEquals("provgw devices: provider db cannot list its devices: listing backend down\n", err());
    }

    @Test
    void devicesWithoutAListingProviderSaysSo() {
        assertEquals(0, run(new String[] {"devices"}, "providers = fs", "provider.fs.type = memory",
                "probe.listen = 127.0.0.1:0"));

        assertEquals("", out());
        assertEquals("provgw devices: no provider of the chain lists devices (static files only)\n", err());
    }

    @Test
    void aConfigurationErrorIsReportedLikeTheServers() {
        assertEquals(2, run(new String[] {"devices"}, "providers = fs", "provider.fs.type = memory",
                "provider.fs.nope = 1", "probe.listen = 127.0.0.1:0"));

        assertTrue(err().contains("provider.fs.nope = 1: unknown key"), err());
    }

    @Test
    void helpListsTheBuiltInCommands() {
        assertEquals(0, new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty()).execute("--help"));

        assertTrue(out().contains("  render ") && out().contains("  devices "), out());
    }
}
