package org.provgw.cisco.source;

import java.util.Objects;
import org.provgw.provider.ProviderException;

/**
 * A record the backend returned that cannot be mapped to the model or cannot make a valid file: a
 * protocol that is neither SCCP nor SIP, a device pool that does not exist, two lines on one
 * button. Unlike its parent it does not mean that the backend is down: only the files built from
 * this record are unavailable (the device is told to retry), everything else is served, and the
 * record is not read again until the backend reports a change.
 */
public class BadRecordException extends ProviderException {
    private static final long serialVersionUID = 1L;

    private final String recordKey;

    /**
     * @param recordKey what the record is, for the log: a device name such as
     *     {@code SEP0011AABBCC01}, {@code device pool Site-A}, {@code cluster settings}
     * @param reason what is wrong with it, safe to log (no secrets)
     */
    public BadRecordException(String recordKey, String reason) {
        super(Objects.requireNonNull(recordKey, "recordKey") + ": " + reason);
        this.recordKey = recordKey;
    }

    /**
     * @param recordKey what the record is, for the log
     * @param reason what is wrong with it, safe to log
     * @param cause the failure that revealed it
     */
    public BadRecordException(String recordKey, String reason, Throwable cause) {
        super(Objects.requireNonNull(recordKey, "recordKey") + ": " + reason, cause);
        this.recordKey = recordKey;
    }

    /** @return the record's key, never {@code null} */
    public String recordKey() {
        return recordKey;
    }
}
