package org.provgw.provider.sql.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * Turns the change log ({@code query.changes}) into {@link ChangeSet}s and prunes old rows
 * ({@code query.changes-prune}) once an hour. Kinds: {@code device} and {@code pool} with their
 * name, {@code model}, {@code cluster}, and {@code all} for "rebuild everything"; an unknown kind
 * counts as {@code all}. Not thread-safe: the poller calls it.
 */
final class ChangeFeed {

    /** Past this many distinct devices and pools in one poll, rebuilding everything is simpler. */
    static final int MAX_ITEMS = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private record Change(long id, String kind, String key) {
    }

    private final Jdbc jdbc;
    private final Warnings warnings;
    private final Duration retention;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final ChangeCursor cursor;
    private long nextPrune;

    ChangeFeed(Jdbc jdbc, Warnings warnings, Duration retention, Clock clock, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.retention = retention;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.cursor = new ChangeCursor(nanoTime);
        this.nextPrune = nanoTime.getAsLong();
    }

    ChangeSet changes() throws ProviderException {
        if (!cursor.started()) {
            List<Long> start = jdbc.transaction(Query.CHANGES_START, r -> r.list(Query.CHANGES_START, Row::firstLong));
            cursor.start(start.isEmpty() ? 0 : start.get(0));
            return ChangeSet.EVERYTHING;
        }
        List<Change> rows = jdbc.transaction(Query.CHANGES, r -> r.list(Query.CHANGES, ChangeFeed::change, cursor.floor()));
        ChangeSet changes = collect(rows);
        cursor.endOfPoll();
        pruneIfDue();
        return changes;
    }

    private ChangeSet collect(List<Change> rows) {
        Set<DeviceId> devices = new HashSet<>();
        Set<String> pools = new HashSet<>();
        boolean models = false;
        boolean everything = false;
        for (Change row : rows) {
            if (!cursor.accept(row.id())) {
                continue;
            }
            switch (row.kind()) {
                case "device" -> device(row.key()).ifPresent(devices::add);
                case "pool" -> pools.add(row.key());
                case "model" -> models = true;
                case "cluster", "all" -> everything = true;
                default -> {
                    warnings.once("query.changes returned kind '" + row.kind() + "' (expected device, pool, model,"
                            + " cluster or all): rebuilding everything");
                    everything = true;
                }
            }
        }
        if (everything || devices.size() + pools.size() > MAX_ITEMS) {
            return ChangeSet.EVERYTHING;
        }
        return new ChangeSet(devices, pools, models, false);
    }

    private Optional<DeviceId> device(String key) {
        Optional<DeviceId> id = DeviceNames.parse(key);
        if (id.isEmpty()) {
            warnings.once("query.changes returned device '" + key + "', which is not SEP followed by 12 hex digits");
        }
        return id;
    }

    private void pruneIfDue() {
        if (retention.isZero() || nanoTime.getAsLong() - nextPrune < 0) {
            return;
        }
        nextPrune = nanoTime.getAsLong() + PRUNE_EVERY.toNanos();
        Timestamp before = Timestamp.from(clock.instant().minus(retention));
        try {
            jdbc.transaction(Query.CHANGES_PRUNE, java.sql.Connection.TRANSACTION_READ_COMMITTED,
                    r -> r.update(Query.CHANGES_PRUNE, before));
        } catch (ProviderException e) {
            warnings.once("cannot prune the change log (" + e.getMessage() + "); set change-log.retention = 0 if"
                    + " provgw must not delete rows there");
        }
    }

    private static Change change(Row row) throws SQLException {
        return new Change(row.longValue("id"), row.text("kind").toLowerCase(Locale.ROOT), row.text("entity_key", ""));
    }
}
