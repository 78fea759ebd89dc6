package org.provgw.provider.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;

/** Writes model records into the shipped schema, as an administrator's tool would. */
final class RecordWriter {

    private final Connection connection;

    RecordWriter(Connection connection) {
        this.connection = connection;
    }

    int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    void cluster(ClusterSettings cluster) throws SQLException {
        ServiceUrls u = cluster.defaultUrls();
        execute("INSERT INTO cluster_settings (id, auto_registration, auto_registration_pool, build_cnf,"
                + " authentication_url, directory_url, idle_url, information_url, messages_url, proxy_server_url,"
                + " services_url) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cluster.autoRegistration(),
                cluster.autoRegistrationPool(), cluster.buildCnf().name().toLowerCase(), u.authentication(),
                u.directory(), u.idle(), u.information(), u.messages(), u.proxyServer(), u.services());
    }

    void model(ModelDefault model) throws SQLException {
        execute("INSERT INTO phone_model (name, type_code, default_load) VALUES (?, ?, ?)", model.model().name(),
                model.model().typeCode(), model.load());
    }

    void pool(DevicePool pool) throws SQLException {
        var dt = pool.dateTime();
        execute("INSERT INTO date_time_setting (name, date_template, time_zone, olson_time_zone) VALUES (?, ?, ?, ?)",
                dt.name(), dt.dateTemplate(), dt.timeZone(), dt.olsonTimeZone());
        for (int i = 0; i < dt.ntpServers().size(); i++) {
            execute("INSERT INTO ntp_server (date_time_setting, position, address) VALUES (?, ?, ?)", dt.name(), i + 1,
                    dt.ntpServers().get(i));
        }
        var group = pool.callManagers();
        execute("INSERT INTO call_manager_group (name) VALUES (?)", group.name());
        for (int i = 0; i < group.members().size(); i++) {
            CallManager cm = group.members().get(i);
            if (execute("UPDATE call_manager SET address = ? WHERE name = ?", cm.address(), cm.name()) == 0) {
                execute("INSERT INTO call_manager (name, address, description, sccp_port, sip_port, secure_sip_port,"
                        + " mgcp_listen_port, mgcp_keepalive_port) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cm.name(),
                        cm.address(), cm.description(), cm.ports().sccp(), cm.ports().sip(), cm.ports().secureSip(),
                        cm.ports().mgcpListen(), cm.ports().mgcpKeepAlive());
            }
            execute("INSERT INTO call_manager_group_member (group_name, priority, call_manager) VALUES (?, ?, ?)",
                    group.name(), i, cm.name());
        }
        String srst = null;
        if (pool.srst().isPresent()) {
            var s = pool.srst().get();
            srst = s.name();
            execute("INSERT INTO srst (name, srst_option, address_1, address_2, address_3, sccp_port, sip_port)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.name(), s.option(), at(s.addresses(), 0), at(s.addresses(), 1),
                    at(s.addresses(), 2), s.sccpPort(), s.sipPort());
        }
        execute("INSERT INTO device_pool (name, date_time_setting, call_manager_group, srst) VALUES (?, ?, ?, ?)",
                pool.name(), dt.name(), group.name(), srst);
    }

    void device(Device d) throws SQLException {
        if (d.userLocale().isPresent()) {
            var l = d.userLocale().get();
            if (execute("UPDATE user_locale SET language_code = ?, win_char_set = ? WHERE name = ?", l.languageCode(),
                    l.charset(), l.name()) == 0) {
                execute("INSERT INTO user_locale (name, language_code, win_char_set) VALUES (?, ?, ?)", l.name(),
                        l.languageCode(), l.charset());
            }
        }
        ServiceUrls u = d.urls();
        execute("INSERT INTO device (name, description, model, protocol, device_pool, load_override, user_locale,"
                + " network_locale, security_mode, idle_timeout, authentication_url, directory_url, idle_url,"
                + " information_url, messages_url, proxy_server_url, services_url)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id().deviceName(), d.description(),
                d.model().name(), d.protocol().name(), d.pool(), d.loadOverride().orElse(null),
                d.userLocale().map(l -> l.name()).orElse(null), d.networkLocale().orElse(null), d.security().code(),
                d.idleTimeout(), u.authentication(), u.directory(), u.idle(), u.information(), u.messages(),
                u.proxyServer(), u.services());
        for (SipLine line : d.lines()) {
            execute("INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name,"
                    + " auth_password) VALUES (?, ?, ?, ?, ?, ?, ?)", d.id().deviceName(), line.button(),
                    line.directoryNumber(), line.label(), line.displayName(), line.authName(), line.authPassword());
        }
        for (SpeedDial dial : d.speedDials()) {
            execute("INSERT INTO speed_dial (device, position, dial_number, label) VALUES (?, ?, ?, ?)",
                    d.id().deviceName(), dial.index(), dial.number(), dial.label());
        }
        for (Map.Entry<String, String> setting : d.vendorConfig().entrySet()) {
            execute("INSERT INTO device_setting (device, setting_name, setting_value) VALUES (?, ?, ?)",
                    d.id().deviceName(), setting.getKey(), setting.getValue());
        }
    }

    private static String at(java.util.List<String> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }
}
