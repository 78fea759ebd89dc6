package org.provgw.tftp.hpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** getopt_long as tftpd-hpa 5.2 calls it, with its checks of each value. */
class TftpdCommandLineTest {

    @Test
    void everyOptionOfTftpdHpa52InItsShortForm() throws Exception {
        TftpdOptions o = parse("-4", "-6", "-c", "-s", "-p", "-v", "-v", "-l", "-L", "-a", "[::1]:69", "-B", "1468",
                "-u", "tftp", "-U", "022", "-r", "blksize", "-t", "300", "-T", "500000", "-R", "50000:50099",
                "-m", "/etc/tftp.rules", "-P", "/run/tftpd.pid", "/srv/tftp");
        assertEquals(TftpdOptions.Family.V6, o.family(), "the last of -4/-6 wins");
        assertTrue(o.create() && o.secure() && o.permissive() && o.standalone() && o.foreground());
        assertEquals(2, o.verbosity());
        assertEquals(Optional.of("[::1]:69"), o.address());
        assertEquals(OptionalInt.of(1468), o.blocksize());
        assertEquals(Optional.of("tftp"), o.user());
        assertEquals(Optional.of("022"), o.umask());
        assertEquals(List.of("blksize"), o.refused());
        assertEquals(OptionalInt.of(300), o.inetdTimeout());
        assertEquals(OptionalLong.of(500000), o.retransmitMicros());
        assertEquals(Optional.of("50000:50099"), o.portRange());
        assertEquals(Optional.of("/etc/tftp.rules"), o.mapFile());
        assertEquals(Optional.of("/run/tftpd.pid"), o.pidFile());
        assertEquals(List.of("/srv/tftp"), o.directories());
        assertFalse(o.version());
    }

    @Test
    void everyLongFormWithEitherKindOfValue() throws Exception {
        TftpdOptions o = parse("--ipv4", "--create", "--secure", "--permissive", "--verbose", "--listen",
                "--address=:69", "--blocksize", "1024", "--user=nobody", "--umask", "077", "--refuse=TSIZE",
                "--refuse", "timeout", "--timeout=60", "--retransmit=1000000", "--port-range", "1:2",
                "--map-file=/m", "--pidfile", "/p", "--verbosity=4", "/d");
        assertEquals(TftpdOptions.Family.V4, o.family());
        assertTrue(o.standalone());
        assertFalse(o.foreground());
        assertEquals(4, o.verbosity(), "--verbosity sets the level after -v counted");
        assertEquals(List.of("tsize", "timeout"), o.refused());
        assertEquals(Optional.of(":69"), o.address());
        assertTrue(parse("--version").version());
        assertTrue(parse("--foreground").foreground());
        assertEquals(TftpdOptions.Family.V6, parse("--ipv6").family());
    }

    @Test
    void groupedShortOptionsAttachedValuesAbbreviationsAndPermutation() throws Exception {
        TftpdOptions o = parse("/srv/a", "-vvsL", "-B1468", "--sec", "--blocks=2048", "-uphones", "/srv/b",
                "--", "-not-an-option");
        assertEquals(2, o.verbosity());
        assertTrue(o.secure() && o.foreground());
        assertEquals(OptionalInt.of(2048), o.blocksize(), "the last value wins");
        assertEquals(Optional.of("phones"), o.user());
        assertEquals(List.of("/srv/a", "/srv/b", "-not-an-option"), o.directories());
        assertEquals(Optional.of("b"), parse("-a", "a", "-a", "b").address(), "5.2 keeps one address");
        assertEquals(List.of("-"), parse("-").directories());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-x|invalid option -- 'x'",
        "-W 8|invalid option -- 'W'",
        "--windowsize=8|unrecognized option '--windowsize=8'",
        "--bogus|unrecognized option '--bogus'",
        "--ver|option '--ver' is ambiguous",
        "--secure=yes|option '--secure' doesn't allow an argument",
        "-a|option requires an argument -- 'a'",
        "--address|option '--address' requires an argument",
        "-B 511|Bad maximum blocksize value (range 512-65464): 511",
        "-B 65465|Bad maximum blocksize value (range 512-65464): 65465",
        "-B 1k|Bad maximum blocksize value (range 512-65464): 1k",
        "-T 9999|Bad timeout value: 9999",
        "-T 255000001|Bad timeout value: 255000001",
        "-R 5000|Bad port range: 5000",
        "-R 6000:5000|Bad port range: 6000:5000",
        "-R 0:10|Bad port range: 0:10",
        "-R 1:65536|Bad port range: 1:65536",
        "-U 089|Invalid umask: 089",
        "-r windowsize|Unknown option: windowsize",
        "-m a -m b|Multiple -m options",
        "--verbosity=high|Bad verbosity value: high",
        "-t soon|Bad timeout value: soon"})
    void refusesWhatTftpdHpaRefusesAndWhatIt52DoesNotKnow(String line, String message) {
        TftpdUsageException e = assertThrows(TftpdUsageException.class, () -> parse(line.split(" ")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private static TftpdOptions parse(String... args) throws TftpdUsageException {
        return TftpdCommandLine.parse(List.of(args));
    }
}
