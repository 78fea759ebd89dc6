package org.provgw.provider.sql.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * The configured queries seen as a {@link DeviceSource}. Each record is read in one transaction;
 * a row that cannot be mapped is a {@link BadRecordException} for that record only, naming the
 * query and the column; a model or device name that cannot be mapped is left out of its list and
 * logged once.
 */
final class SqlDeviceSource implements DeviceSource {

    private final Jdbc jdbc;
    private final ChangeFeed feed;
    private final Warnings warnings;
    private final AutoCloseable pool;

    SqlDeviceSource(Jdbc jdbc, ChangeFeed feed, Warnings warnings, AutoCloseable pool) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.warnings = warnings;
        this.pool = pool;
    }

    @Override
    public Optional<Device> device(DeviceId id) throws ProviderException {
        String name = id.deviceName();
        return jdbc.transaction(Query.DEVICE, r -> {
            List<DeviceRows.Head> heads = mapped(name, Query.DEVICE, () -> r.list(Query.DEVICE, DeviceRows::head, name));
            if (heads.isEmpty()) {
                return Optional.empty();
            }
            single(name, Query.DEVICE, heads);
            List<SipLine> lines = mapped(name, Query.DEVICE_LINES, () -> r.list(Query.DEVICE_LINES, DeviceRows::line, name));
            List<SpeedDial> dials = mapped(name, Query.DEVICE_SPEED_DIALS,
                    () -> r.list(Query.DEVICE_SPEED_DIALS, DeviceRows::speedDial, name));
            List<Map.Entry<String, String>> settings = mapped(name, Query.DEVICE_SETTINGS,
                    () -> r.list(Query.DEVICE_SETTINGS, DeviceRows::setting, name));
            return Optional.of(DeviceRows.device(id, heads.get(0), lines, dials, settings));
        });
    }

    @Override
    public Optional<DevicePool> pool(String name) throws ProviderException {
        String key = "device pool " + name;
        return jdbc.transaction(Query.POOL, r -> {
            List<PoolRows.Head> heads = mapped(key, Query.POOL, () -> r.list(Query.POOL, PoolRows::head, name));
            if (heads.isEmpty()) {
                return Optional.empty();
            }
            single(key, Query.POOL, heads);
            List<String> ntp = mapped(key, Query.POOL_NTP_SERVERS,
                    () -> r.list(Query.POOL_NTP_SERVERS, row -> row.text("address"), name));
            List<CallManager> callManagers = mapped(key, Query.POOL_CALL_MANAGERS,
                    () -> r.list(Query.POOL_CALL_MANAGERS, PoolRows::callManager, name));
            return Optional.of(PoolRows.pool(name, heads.get(0), ntp, callManagers));
        });
    }

    @Override
    public ClusterSettings cluster() throws ProviderException {
        String key = "cluster settings";
        return jdbc.transaction(Query.CLUSTER, r -> {
            List<ClusterSettings> rows = mapped(key, Query.CLUSTER, () -> r.list(Query.CLUSTER, ClusterRows::cluster));
            if (rows.isEmpty()) {
                throw new BadRecordException(key, Query.CLUSTER.key() + " returned no row");
            }
            single(key, Query.CLUSTER, rows);
            return rows.get(0);
        });
    }

    @Override
    public List<ModelDefault> modelDefaults() throws ProviderException {
        List<Optional<ModelDefault>> rows = jdbc.transaction(Query.MODELS, r -> r.list(Query.MODELS, row -> {
            try {
                return Optional.of(ClusterRows.model(row));
            } catch (IllegalArgumentException e) {
                warnings.once(Query.MODELS.key() + ": a row is left out: " + e.getMessage());
                return Optional.empty();
            }
        }));
        List<ModelDefault> models = new ArrayList<>();
        Set<Integer> codes = new HashSet<>();
        for (Optional<ModelDefault> row : rows) {
            if (row.isPresent() && !codes.add(row.get().model().typeCode())) {
                warnings.once(Query.MODELS.key() + ": type code " + row.get().model().typeCode()
                        + " appears twice; the first row is used");
            } else {
                row.ifPresent(models::add);
            }
        }
        return models;
    }

    @Override
    public List<DeviceId> devices() throws ProviderException {
        List<String> names = jdbc.transaction(Query.DEVICES, r -> r.list(Query.DEVICES, row -> row.text("name", "")));
        List<DeviceId> ids = new ArrayList<>();
        for (String name : names) {
            Optional<DeviceId> id = DeviceNames.parse(name);
            if (id.isEmpty()) {
                warnings.once(Query.DEVICES.key() + ": device '" + name + "' is left out: not SEP followed by 12 hex"
                        + " digits");
            }
            id.ifPresent(ids::add);
        }
        return ids;
    }

    @Override
    public ChangeSet changes() throws ProviderException {
        return feed.changes();
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            warnings.once("closing the connection pool failed: " + e);
        }
    }

    /** The rows of one query of a record, mapped; a value the model cannot take names the record. */
    private interface Rows<T> {
        List<T> read() throws SQLException;
    }

    private static <T> List<T> mapped(String key, Query query, Rows<T> rows) throws SQLException, BadRecordException {
        try {
            return rows.read();
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(key, query.key() + ": " + e.getMessage(), e);
        }
    }

    private static void single(String key, Query query, List<?> rows) throws BadRecordException {
        if (rows.size() > 1) {
            throw new BadRecordException(key, query.key() + " returned " + rows.size() + " rows instead of one");
        }
    }
}
