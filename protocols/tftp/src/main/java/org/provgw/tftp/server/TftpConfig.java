package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.provgw.protocol.SocketAddresses;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;
import org.provgw.tftp.packet.TftpOptions;
import org.provgw.tftp.transfer.TransferLimits;

/**
 * The TFTP endpoint's settings ({@code tftp.*}), validated once.
 *
 * @param listen the addresses to bind; at least one unless {@code tftp.listen} also names the
 *     inherited socket ({@link NetworkConfig})
 * @param limits negotiation bounds and retransmission policy
 * @param ioThreads transfer I/O threads
 * @param socketBuffer the listener's receive buffer in bytes, 0 for the system default
 */
public record TftpConfig(List<InetSocketAddress> listen, TransferLimits limits, int ioThreads,
                         int socketBuffer) {

    /** The keys under {@code tftp.} read here; {@link NetworkConfig#KEYS} are the others. */
    public static final Set<String> KEYS = Set.of("listen", "blksize.max", "windowsize.max", "timeout",
            "timeout.max", "retries", "io-threads", "socket-buffer");

    public TftpConfig {
        listen = List.copyOf(listen);
    }

    /**
     * @param settings the {@code tftp.} settings
     * @return the validated configuration
     * @throws InvalidSettingException naming the key, value and file of the first bad setting
     */
    public static TftpConfig from(Settings settings) throws InvalidSettingException {
        List<InetSocketAddress> listen = new ArrayList<>();
        for (String address : settings.getList("listen")) {
            if (NetworkConfig.isInherited(address)) {
                continue; // the socket systemd or inetd hands over: see NetworkConfig
            }
            try {
                listen.add(SocketAddresses.parse(address, -1));
            } catch (IllegalArgumentException e) {
                throw settings.invalid("listen", e.getMessage());
            }
        }
        if (listen.isEmpty() && !NetworkConfig.inheritsSocket(settings)) {
            throw settings.invalid("listen", "at least one address:port is required");
        }
        Duration timeout = settings.getDuration("timeout", Duration.ofSeconds(1),
                Duration.ofMillis(10), Duration.ofSeconds(255));
        Duration maxTimeout = settings.getDuration("timeout.max", max(timeout, Duration.ofSeconds(8)),
                timeout, Duration.ofSeconds(255));
        TransferLimits limits = new TransferLimits(
                settings.getInt("blksize.max", TftpOptions.MAX_BLKSIZE, TftpOptions.MIN_BLKSIZE,
                        TftpOptions.MAX_BLKSIZE),
                settings.getInt("windowsize.max", 64, 1, 65535),
                timeout, maxTimeout,
                settings.getInt("retries", 5, 0, 100));
        int ioThreads = settings.getInt("io-threads", Runtime.getRuntime().availableProcessors(), 1, 64);
        int socketBuffer = settings.getInt("socket-buffer", 1 << 20, 0, 64 << 20);
        return new TftpConfig(listen, limits, ioThreads, socketBuffer);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
