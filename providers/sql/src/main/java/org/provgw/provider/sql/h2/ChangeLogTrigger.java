package org.provgw.provider.sql.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The change-log trigger of the shipped schema on H2, where triggers are Java classes. It does
 * what the PostgreSQL and MariaDB migrations do in SQL: for every inserted, updated or deleted
 * row it logs the row's old and new key, fanned out to the devices or pools the change affects
 * (see {@code V2__change_log.sql}). It runs inside the writer's transaction, on its connection.
 */
public final class ChangeLogTrigger implements Trigger {

    /** Each table's kind of change and key column, as in the PostgreSQL and MariaDB migrations. */
    private static final Map<String, String[]> TABLES = Map.ofEntries(
            Map.entry("device", new String[] {"device", "name"}),
            Map.entry("sip_line", new String[] {"device", "device"}),
            Map.entry("speed_dial", new String[] {"device", "device"}),
            Map.entry("device_setting", new String[] {"device", "device"}),
            Map.entry("user_locale", new String[] {"user_locale", "name"}),
            Map.entry("device_pool", new String[] {"pool", "name"}),
            Map.entry("date_time_setting", new String[] {"date_time_setting", "name"}),
            Map.entry("ntp_server", new String[] {"date_time_setting", "date_time_setting"}),
            Map.entry("srst", new String[] {"srst", "name"}),
            Map.entry("call_manager_group", new String[] {"call_manager_group", "name"}),
            Map.entry("call_manager_group_member", new String[] {"call_manager_group", "group_name"}),
            Map.entry("call_manager", new String[] {"call_manager", "name"}),
            Map.entry("phone_model", new String[] {"model", "name"}),
            Map.entry("cluster_settings", new String[] {"cluster", "id"}));

    /** What a change of each indirect kind affects. */
    private static final Map<String, String> FAN_OUT = Map.of(
            "user_locale", "SELECT 'device', name FROM device WHERE user_locale = ?",
            "date_time_setting", "SELECT 'pool', name FROM device_pool WHERE date_time_setting = ?",
            "srst", "SELECT 'pool', name FROM device_pool WHERE srst = ?",
            "call_manager_group", "SELECT 'pool', name FROM device_pool WHERE call_manager_group = ?",
            "call_manager", "SELECT DISTINCT 'pool', p.name FROM device_pool p JOIN call_manager_group_member m"
                    + " ON m.group_name = p.call_manager_group WHERE m.call_manager = ?");

    private static final String INSERT = "INSERT INTO change_log (kind, entity_key) ";

    private String kind;
    private int keyColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        String[] table = TABLES.get(tableName.toLowerCase(Locale.ROOT));
        if (table == null) {
            throw new SQLException("provgw change-log trigger on unknown table " + tableName);
        }
        kind = table[0];
        keyColumn = columnIndex(conn, schemaName, tableName, table[1]);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String oldKey = oldRow == null ? null : Objects.toString(oldRow[keyColumn], null);
        String newKey = newRow == null ? null : Objects.toString(newRow[keyColumn], null);
        log(conn, oldKey);
        if (!Objects.equals(oldKey, newKey)) {
            log(conn, newKey);
        }
    }

    private void log(Connection conn, String key) throws SQLException {
        if (key == null) {
            return;
        }
        String fanOut = FAN_OUT.get(kind);
        String sql = fanOut != null ? INSERT + fanOut : INSERT + "VALUES (?, ?)";
        try (PreparedStatement insert = conn.prepareStatement(sql)) {
            if (fanOut != null) {
                insert.setString(1, key);
            } else {
                insert.setString(1, kind);
                insert.setString(2, kind.equals("cluster") ? "" : key);
            }
            insert.executeUpdate();
        }
    }

    private static int columnIndex(Connection conn, String schema, String table, String column) throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        throw new SQLException("provgw change-log trigger: table " + table + " has no column " + column);
    }
}
