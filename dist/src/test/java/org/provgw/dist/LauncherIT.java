package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/provgw on its own: how it finds its home and Java and what it hands to the JVM. The
 * "Java" here is a script that prints its arguments one per line, so the exact command line
 * the launcher builds is visible.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {

    private static final List<String> DEFAULT_JAVA_OPTS = List.of(
            "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
    }

    @Test
    void handsJavaTheHomeTheLoggingConfigTheClasspathAndEveryArgumentUnchanged()
            throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp,
                        "--config", "/etc/my provgw/a  b.properties", "*", "")
                .env("JAVA_HOME", fakeJava("17.0.15").toString())
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        List<String> expected = new ArrayList<>(List.of(
                "-Dprovgw.home=" + home,
                "-Dlog4j2.configurationFile=" + home + "/conf/log4j2.xml"));
        expected.addAll(DEFAULT_JAVA_OPTS);
        expected.addAll(List.of("-cp", home + "/lib/*", "org.provgw.gateway.Main",
                "--config", "/etc/my provgw/a  b.properties", "*", ""));
        assertEquals(expected, arguments(run));
    }

    @Test
    void findsItsHomeThroughChainedSymlinksFromAnotherDirectory() throws Exception {
        Path links = Files.createDirectories(tmp.resolve("usr/local/bin"));
        Files.createSymbolicLink(links.resolve("provgw"), home.resolve("bin/provgw"));
        Path relativeLink = Files.createDirectories(tmp.resolve("opt/bin")).resolve("pg");
        Files.createSymbolicLink(relativeLink, Path.of("../../usr/local/bin/provgw"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        Finished run = Provgw.of(relativeLink, tmp).in(elsewhere)
                .env("JAVA_HOME", fakeJava("17.0.15").toString())
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("-Dprovgw.home=" + home, arguments(run).get(0));
    }

    @Test
    void findsItsRealHomeThroughALinkedInstallationDirectory() throws Exception {
        Path alias = Files.createSymbolicLink(tmp.resolve("current"), home);

        Finished run = Provgw.of(alias.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", fakeJava("17.0.15").toString())
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("-Dprovgw.home=" + home, arguments(run).get(0));
    }

    @Test
    void runsFromARelativePath() throws Exception {
        Finished run = Provgw.of(Path.of("bin/provgw"), tmp).in(home)
                .env("JAVA_HOME", fakeJava("17.0.15").toString())
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("-Dprovgw.home=" + home, arguments(run).get(0));
    }

    @Test
    void provgwJavaOptsReplaceTheDefaultsAndComeAfterTheLaunchersOwnOptions() throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", fakeJava("21.0.2").toString())
                .env("PROVGW_JAVA_OPTS", " -Xmx64m  -Dlog4j2.configurationFile=/etc/provgw/l.xml ")
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        List<String> args = arguments(run);
        assertEquals(List.of("-Xmx64m", "-Dlog4j2.configurationFile=/etc/provgw/l.xml", "-cp"),
                args.subList(2, 5));
        assertFalse(args.contains("-Xmx192m"), args::toString);
    }

    @Test
    void provgwLogLevelSetsTheServerLogLevelForTheShippedLoggingConfiguration() throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", fakeJava("17.0.15").toString())
                .env("PROVGW_LOG_LEVEL", "DEBUG")
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("-Dprovgw.log.level=DEBUG", arguments(run).get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "17.0.15", "21-ea", "25.0.1"})
    void acceptsJava17AndNewer(String version) throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", fakeJava(version).toString())
                .run();

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(arguments(run).contains("org.provgw.gateway.Main"), run::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.8.0_392", "11.0.22", "16"})
    void refusesJavaOlderThan17WithAMessage(String version) throws Exception {
        Path jdk = fakeJava(version);

        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", jdk.toString())
                .run();

        assertEquals(1, run.exitCode(), run::describe);
        assertEquals("", run.stdout(), "the gateway must not be started");
        assertAll(
                () -> assertTrue(run.stderr().contains("Java " + version), run::describe),
                () -> assertTrue(run.stderr().contains("needs Java 17"), run::describe),
                () -> assertTrue(run.stderr().contains(jdk + "/bin/java"), run::describe));
    }

    @Test
    void namesAJavaHomeThatHasNoJava() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));

        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp)
                .env("JAVA_HOME", empty.toString())
                .run();

        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.stderr().contains("JAVA_HOME is '" + empty + "'"), run::describe);
    }

    /**
     * A JDK whose java answers {@code -version} like OpenJDK (after a "Picked up" line, as
     * with JAVA_TOOL_OPTIONS set) and otherwise prints each argument on a line of its own.
     *
     * @return its JAVA_HOME
     */
    private Path fakeJava(String version) throws IOException {
        Path jdk = tmp.resolve("jdk-" + version);
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "if [ \"$1\" = -version ]; then",
                "  echo 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8' >&2",
                "  echo 'openjdk version \"" + version + "\" 2024-01-16' >&2",
                "  echo 'OpenJDK Runtime Environment (build " + version + ")' >&2",
                "  exit 0",
                "fi",
                "for arg in \"$@\"; do printf '%s\\n' \"$arg\"; done",
                ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private static List<String> arguments(Finished run) {
        return run.stdout().lines().toList();
    }
}
