package org.provgw.gateway.fakes;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;

/** Keeps every access record, for tests that check what endpoints reported. */
public final class RecordingAccessLog implements AccessLog {

    private final BlockingQueue<AccessRecord> records = new LinkedBlockingQueue<>();

    @Override
    public void record(AccessRecord record) {
        records.add(record);
    }

    /**
     * @return the next record, waiting for it up to 10 seconds (a guard against a hang, not a
     *     timing assertion)
     * @throws InterruptedException if interrupted
     */
    public AccessRecord next() throws InterruptedException {
        AccessRecord record = records.poll(10, TimeUnit.SECONDS);
        if (record == null) {
            throw new AssertionError("no access record within 10 s");
        }
        return record;
    }

    /** @return the records not yet taken */
    public List<AccessRecord> pending() {
        return List.copyOf(records);
    }
}
