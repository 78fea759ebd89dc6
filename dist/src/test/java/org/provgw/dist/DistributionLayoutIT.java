package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The files of the distribution, in the unpacked tree and in the tarball. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DistributionLayoutIT {

    private static final List<String> FILES = List.of(
            "README.txt",
            "bin/provgw",
            "bin/in.tftpd",
            "conf/provgw.properties",
            "conf/log4j2.xml",
            "conf/ldap/provgw-schema.ldif",
            "conf/ldap/provgw-sample.ldif",
            "plugins/README.txt",
            "systemd/provgw.service",
            "systemd/provgw-tftpd-hpa.service",
            "systemd/provgw-tftp.socket",
            "systemd/provgw-tftp.service",
            "tftpboot/README.txt",
            "tftpboot/RingList.xml",
            "tftpboot/SCCP41.9-4-2SR3-1S.loads",
            "tftpboot/Desktops/320x212x12/List.xml",
            "tftpboot/dialplan.xml");

    private static final List<String> RUNTIME_JARS = List.of(
            "provgw-gateway", "provgw-protocol-tftp", "provgw-provider-filesystem",
            "provgw-protocol-api", "provgw-provider-api", "mina-core", "slf4j-api", "log4j-api",
            "log4j-core", "log4j-slf4j2-impl", "commons-configuration2", "picocli",
            "provgw-provider-sql", "provgw-provider-cisco", "HikariCP", "h2", "flyway-core",
            "flyway-database-postgresql", "flyway-mysql", "postgresql", "mariadb-java-client", "dom4j",
            "provgw-provider-ldap", "unboundid-ldapsdk");

    private static final List<String> TEST_ONLY_JARS = List.of(
            "junit-", "opentest4j-", "apiguardian-", "commons-net-", "mockito-");

    private final Path home = Distribution.unpacked();

    @Test
    void holdsEveryFileOfTheLayout() {
        assertAll(FILES.stream().map(name -> (Executable) () ->
                assertTrue(Files.isRegularFile(home.resolve(name)), "missing " + name)));
    }

    @Test
    void holdsTheDirectoriesTheServiceWritesToOrReadsFrom() {
        assertAll(Stream.of("lib", "logs", "data", "plugins", "tftpboot").map(name -> (Executable) () ->
                assertTrue(Files.isDirectory(home.resolve(name)), "missing directory " + name)));
    }

    @Test
    void launchersAreExecutableByEveryone() throws IOException {
        // Checked on the mode bits: as root, Files.isExecutable is true for nearly any file.
        for (String launcher : List.of("bin/provgw", "bin/in.tftpd")) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(home.resolve(launcher));
            assertTrue(mode.containsAll(Set.of(PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE)),
                    launcher + " mode " + mode);
        }
    }

    @Test
    void libHoldsEveryRuntimeJarAndNoTestJar() throws IOException {
        SortedSet<String> jars = Distribution.files(home.resolve("lib"));
        List<Executable> checks = new ArrayList<>();
        for (String artifact : RUNTIME_JARS) {
            checks.add(() -> assertTrue(jars.stream().anyMatch(j -> j.matches(
                    Pattern.quote(artifact) + "-\\d.*\\.jar")),
                    artifact + " missing from lib/ " + jars));
        }
        for (String prefix : TEST_ONLY_JARS) {
            checks.add(() -> assertTrue(jars.stream().noneMatch(j -> j.startsWith(prefix)),
                    "test-only " + prefix + "* in lib/ " + jars));
        }
        assertAll(checks);
    }

    @Test
    void sampleTreeIsPackagedByteForByte() throws IOException {
        Path sources = Distribution.sampleSources();
        SortedSet<String> names = Distribution.files(sources);
        assertEquals(names, Distribution.files(home.resolve("tftpboot")));
        assertAll(names.stream().map(name -> (Executable) () -> assertArrayEquals(
                Files.readAllBytes(sources.resolve(name)),
                Files.readAllBytes(home.resolve("tftpboot").resolve(name)), name)));
    }

    @Test
    void xmlFilesAreWellFormed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        List<Path> xml = new ArrayList<>(List.of(home.resolve("conf/log4j2.xml")));
        for (String name : Distribution.files(home.resolve("tftpboot"))) {
            if (name.endsWith(".xml")) {
                xml.add(home.resolve("tftpboot").resolve(name));
            }
        }
        assertAll(xml.stream().map(file -> (Executable) () ->
                factory.newDocumentBuilder().parse(file.toFile())));
    }

    @Test
    void tarballHoldsTheSameTreeUnderOneVersionedDirectory(@TempDir Path tmp) throws Exception {
        Finished listing = listTarball(tmp);
        assertEquals(0, listing.exitCode(), listing::describe);
        String base = "provgw-" + Distribution.version() + "/";
        SortedSet<String> files = new TreeSet<>();
        List<String> launcherModes = new ArrayList<>();
        boolean logsDirectory = false;
        for (String line : listing.stdout().split("\n")) {
            // GNU tar -tv: "-rwxr-xr-x root/root 3725 2024-06-10 18:37 provgw-1.0/bin/provgw"
            String[] fields = line.trim().split("\\s+");
            String mode = fields[0];
            String name = fields[fields.length - 1];
            assertTrue(name.startsWith(base), name + " outside " + base);
            String relative = name.substring(base.length());
            if (mode.startsWith("-")) {
                files.add(relative);
            }
            if (relative.startsWith("bin/") && mode.startsWith("-")) {
                launcherModes.add(mode);
            }
            logsDirectory |= mode.startsWith("d") && relative.equals("logs/");
        }
        assertEquals(Distribution.shippedFiles(home), files);
        assertEquals(List.of("-rwxr-xr-x", "-rwxr-xr-x"), launcherModes);
        assertTrue(logsDirectory, "no logs/ directory in the tarball");
    }

    private static Finished listTarball(Path tmp) throws IOException, InterruptedException {
        Path out = tmp.resolve("tar.out");
        Path err = tmp.resolve("tar.err");
        Process tar = new ProcessBuilder("tar", "-tvzf", Distribution.tarball().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(tar.waitFor(30, TimeUnit.SECONDS), "tar -t did not finish");
        return new Finished(tar.exitValue(), Files.readString(out), Files.readString(err));
    }
}
