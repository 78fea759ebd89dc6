package org.provgw.provider.sql.internal;

import java.util.EnumMap;
import java.util.Map;

/** The statements for the shipped schema ({@code db/common/V1__device_schema.sql}, {@code V2__change_log.sql}). */
final class DefaultQueries {

    private static final String URLS = "authentication_url, directory_url, idle_url, information_url, messages_url,"
            + " proxy_server_url, services_url";

    private DefaultQueries() {
    }

    static Map<Query, String> all() {
        Map<Query, String> sql = new EnumMap<>(Query.class);
        sql.put(Query.DEVICE, "SELECT d.description, d.model, m.type_code, d.protocol, d.device_pool, d.load_override,"
                + " d.user_locale, l.language_code AS user_locale_language, l.win_char_set AS user_locale_charset,"
                + " d.network_locale, d.security_mode, d.idle_timeout, d.authentication_url, d.directory_url,"
                + " d.idle_url, d.information_url, d.messages_url, d.proxy_server_url, d.services_url"
                + " FROM device d JOIN phone_model m ON m.name = d.model"
                + " LEFT JOIN user_locale l ON l.name = d.user_locale WHERE d.name = ?");
        sql.put(Query.DEVICE_LINES, "SELECT button, directory_number, label, display_name, auth_name, auth_password"
                + " FROM sip_line WHERE device = ? ORDER BY button");
        sql.put(Query.DEVICE_SPEED_DIALS, "SELECT position, dial_number, label FROM speed_dial WHERE device = ?"
                + " ORDER BY position");
        sql.put(Query.DEVICE_SETTINGS, "SELECT setting_name, setting_value FROM device_setting WHERE device = ?"
                + " ORDER BY setting_name");
        sql.put(Query.POOL, "SELECT t.name AS date_time_setting, t.date_template, t.time_zone, t.olson_time_zone,"
                + " p.call_manager_group, s.name AS srst, s.srst_option, s.address_1 AS srst_address_1,"
                + " s.address_2 AS srst_address_2, s.address_3 AS srst_address_3, s.sccp_port AS srst_sccp_port,"
                + " s.sip_port AS srst_sip_port FROM device_pool p"
                + " JOIN date_time_setting t ON t.name = p.date_time_setting LEFT JOIN srst s ON s.name = p.srst"
                + " WHERE p.name = ?");
        sql.put(Query.POOL_NTP_SERVERS, "SELECT n.address FROM device_pool p"
                + " JOIN ntp_server n ON n.date_time_setting = p.date_time_setting WHERE p.name = ? ORDER BY n.position");
        sql.put(Query.POOL_CALL_MANAGERS, "SELECT c.name, c.address, c.description, c.sccp_port, c.sip_port,"
                + " c.secure_sip_port, c.mgcp_listen_port, c.mgcp_keepalive_port FROM device_pool p"
                + " JOIN call_manager_group_member g ON g.group_name = p.call_manager_group"
                + " JOIN call_manager c ON c.name = g.call_manager WHERE p.name = ? ORDER BY g.priority");
        sql.put(Query.CLUSTER, "SELECT auto_registration, auto_registration_pool, build_cnf, " + URLS
                + " FROM cluster_settings WHERE id = 1");
        sql.put(Query.MODELS, "SELECT name, type_code, default_load FROM phone_model ORDER BY type_code");
        sql.put(Query.DEVICES, "SELECT name FROM device ORDER BY name");
        sql.put(Query.CHANGES, "SELECT id, kind, entity_key FROM change_log WHERE id > ? ORDER BY id");
        sql.put(Query.CHANGES_START, "SELECT COALESCE(MAX(id), 0) AS id FROM change_log");
        sql.put(Query.CHANGES_PRUNE, "DELETE FROM change_log WHERE changed_at < ?");
        return sql;
    }
}
