package org.provgw.tftp.client.storm;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.provgw.protocol.SocketAddresses;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The command line of {@code provgw storm}, as picocli fills it. */
@Command(name = "storm", sortOptions = false, usageHelpAutoWidth = true,
        description = "Simulates a boot storm: many TFTP read transfers against one server, then a report.",
        footer = {"", "Prints a summary and a last line 'RESULT key=value ...'. Exit 0: no failures; "
                + "1: some transfers failed; 2: usage error."})
final class StormArgs {

    @Option(names = "--server", required = true, paramLabel = "HOST:PORT", converter = HostPortConverter.class,
            description = "Server request address; IPv6 as [::1]:69; port 69 if omitted.")
    InetSocketAddress server;

    @Option(names = "--file", paramLabel = "NAME", description = "A file to request (repeatable).")
    List<String> files = new ArrayList<>();

    @Option(names = "--files", paramLabel = "LISTFILE",
            description = "A file with one name per line (blank lines and # comments skipped).")
    Path listFile;

    @Option(names = "--count", paramLabel = "N",
            description = "Transfers to measure, cycling through the names (default: one per name).")
    Integer count;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1",
            description = "Transfers in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--blksize", paramLabel = "N", description = "Ask for RFC 2348 blksize N (8-65464).")
    int blksize;

    @Option(names = "--windowsize", paramLabel = "N", description = "Ask for RFC 7440 windowsize N (1-65535).")
    int windowsize;

    @Option(names = "--tsize", description = "Ask for the RFC 2349 transfer size.")
    boolean tsize;

    @Option(names = "--timeout-option", paramLabel = "SECONDS",
            description = "Ask the server for RFC 2349 timeout SECONDS (1-255).")
    int timeoutOption;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Client retransmission timeout, e.g. 500ms or 2s (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Retransmissions without progress before a transfer fails (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Client selector threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--verify-dir", paramLabel = "DIR",
            description = "Check each file's SHA-256 against DIR/NAME.")
    Path verifyDir;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Transfers to run and discard before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** picocli adapter of {@link SocketAddresses#parse}: a bare host means port 69. */
    static final class HostPortConverter implements ITypeConverter<InetSocketAddress> {
        private static final int TFTP_PORT = 69;

        @Override
        public InetSocketAddress convert(String value) {
            try {
                InetSocketAddress address = SocketAddresses.parse(value, TFTP_PORT);
                if (address.getPort() == 0) {
                    throw new IllegalArgumentException("port must be 1-65535 in '" + value + "'");
                }
                return address;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** picocli adapter of {@link Durations}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
