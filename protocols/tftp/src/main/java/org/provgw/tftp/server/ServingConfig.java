package org.provgw.tftp.server;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;
import org.provgw.tftp.upload.UploadConfig;

/**
 * What the endpoint serves besides reads, and how much at once: the serving caps
 * ({@code tftp.max-transfers}, {@code tftp.max-transfers-per-client}) and the upload settings.
 *
 * @param maxTransfers transfers at once overall, reads and writes together; 0 = unlimited
 * @param maxTransfersPerClient transfers at once per client address; 0 = unlimited
 * @param uploads the upload settings, empty when uploads are off
 */
public record ServingConfig(int maxTransfers, int maxTransfersPerClient, Optional<UploadConfig> uploads) {

    /**
     * Well above CallManager's largest suggested Maximum Serving Count (3500) and the 1000 in
     * flight of the boot-storm benchmark, and within the file descriptors of the systemd unit
     * (two per transfer: its socket and its file).
     */
    public static final int DEFAULT_MAX_TRANSFERS = 4000;

    /** The keys under {@code tftp.} these settings use. */
    public static final Set<String> KEYS = keys();

    /**
     * @param settings the {@code tftp.} settings
     * @return the validated settings
     * @throws InvalidSettingException naming the key, value and file of the first bad setting
     */
    public static ServingConfig from(Settings settings) throws InvalidSettingException {
        // No per-client cap by default: a site behind NAT shows all its phones as one address,
        // and they all boot at once after a power cut.
        return new ServingConfig(
                settings.getInt("max-transfers", DEFAULT_MAX_TRANSFERS, 0, 1_000_000),
                settings.getInt("max-transfers-per-client", ServingLimit.UNLIMITED, 0, 1_000_000),
                UploadConfig.from(settings));
    }

    /** @return a new limit with these caps */
    ServingLimit newLimit() {
        return new ServingLimit(maxTransfers, maxTransfersPerClient);
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>(UploadConfig.KEYS);
        keys.add("max-transfers");
        keys.add("max-transfers-per-client");
        return Set.copyOf(keys);
    }
}
