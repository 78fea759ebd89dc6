-- The change log: every change to a table of V1 adds rows here, written by triggers in the
-- writer's own transaction, so that provgw learns what changed whoever changed it (provgw itself
-- never writes device records). A row names what must be rebuilt, already fanned out:
--   kind = 'device'  entity_key = a device name   (the device's files)
--   kind = 'pool'    entity_key = a pool name     (every device of the pool, and XMLDefault when
--                                                  it is the auto-registration pool)
--   kind = 'model'   entity_key = a model name    (XMLDefault and the devices of models whose
--                                                  default load changed)
--   kind = 'cluster' entity_key = ''              (everything)
-- A change to a CallManager, a CallManager group, a date/time setting, its NTP servers or an
-- SRST reference is logged as one 'pool' row per device pool that uses it; a change to a user
-- locale as one 'device' row per device that uses it. provgw reads the rows with an id above the
-- last one it saw and deletes rows older than change-log.retention.
-- MariaDB (and MySQL) do not fire triggers for rows removed by ON DELETE CASCADE; the row whose
-- deletion cascades is logged itself, which covers what the cascade removed.

CREATE TABLE change_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(16)  NOT NULL,
    entity_key VARCHAR(128) NOT NULL DEFAULT '',
    changed_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);

CREATE INDEX change_log_by_time ON change_log (changed_at);

DELIMITER $$

-- Logs one change, fanned out to the devices or pools it affects.
CREATE PROCEDURE provgw_log_change(IN change_kind VARCHAR(32), IN change_key VARCHAR(128))
BEGIN
    IF change_key IS NOT NULL THEN
        IF change_kind IN ('device', 'pool', 'model') THEN
            INSERT INTO change_log (kind, entity_key) VALUES (change_kind, change_key);
        ELSEIF change_kind = 'cluster' THEN
            INSERT INTO change_log (kind, entity_key) VALUES ('cluster', '');
        ELSEIF change_kind = 'user_locale' THEN
            INSERT INTO change_log (kind, entity_key)
            SELECT 'device', name FROM device WHERE user_locale = change_key;
        ELSEIF change_kind = 'date_time_setting' THEN
            INSERT INTO change_log (kind, entity_key)
            SELECT 'pool', name FROM device_pool WHERE date_time_setting = change_key;
        ELSEIF change_kind = 'srst' THEN
            INSERT INTO change_log (kind, entity_key)
            SELECT 'pool', name FROM device_pool WHERE srst = change_key;
        ELSEIF change_kind = 'call_manager_group' THEN
            INSERT INTO change_log (kind, entity_key)
            SELECT 'pool', name FROM device_pool WHERE call_manager_group = change_key;
        ELSEIF change_kind = 'call_manager' THEN
            INSERT INTO change_log (kind, entity_key)
            SELECT DISTINCT 'pool', p.name FROM device_pool p JOIN call_manager_group_member m
                ON m.group_name = p.call_manager_group WHERE m.call_manager = change_key;
        END IF;
    END IF;
END$$

-- Logs the old and, when an update changed it, the new key of a row.
CREATE PROCEDURE provgw_row_changed(IN change_kind VARCHAR(32), IN old_key VARCHAR(128), IN new_key VARCHAR(128))
BEGIN
    CALL provgw_log_change(change_kind, old_key);
    IF NOT (new_key <=> old_key) THEN
        CALL provgw_log_change(change_kind, new_key);
    END IF;
END$$

DELIMITER ;

CREATE TRIGGER provgw_device_ins AFTER INSERT ON device FOR EACH ROW CALL provgw_row_changed('device', NULL, NEW.name);
CREATE TRIGGER provgw_device_upd AFTER UPDATE ON device FOR EACH ROW CALL provgw_row_changed('device', OLD.name, NEW.name);
CREATE TRIGGER provgw_device_del AFTER DELETE ON device FOR EACH ROW CALL provgw_row_changed('device', OLD.name, NULL);
CREATE TRIGGER provgw_sip_line_ins AFTER INSERT ON sip_line FOR EACH ROW CALL provgw_row_changed('device', NULL, NEW.device);
CREATE TRIGGER provgw_sip_line_upd AFTER UPDATE ON sip_line FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NEW.device);
CREATE TRIGGER provgw_sip_line_del AFTER DELETE ON sip_line FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NULL);
CREATE TRIGGER provgw_speed_dial_ins AFTER INSERT ON speed_dial FOR EACH ROW CALL provgw_row_changed('device', NULL, NEW.device);
CREATE TRIGGER provgw_speed_dial_upd AFTER UPDATE ON speed_dial FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NEW.device);
CREATE TRIGGER provgw_speed_dial_del AFTER DELETE ON speed_dial FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NULL);
CREATE TRIGGER provgw_device_setting_ins AFTER INSERT ON device_setting FOR EACH ROW CALL provgw_row_changed('device', NULL, NEW.device);
CREATE TRIGGER provgw_device_setting_upd AFTER UPDATE ON device_setting FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NEW.device);
CREATE TRIGGER provgw_device_setting_del AFTER DELETE ON device_setting FOR EACH ROW CALL provgw_row_changed('device', OLD.device, NULL);
CREATE TRIGGER provgw_user_locale_ins AFTER INSERT ON user_locale FOR EACH ROW CALL provgw_row_changed('user_locale', NULL, NEW.name);
CREATE TRIGGER provgw_user_locale_upd AFTER UPDATE ON user_locale FOR EACH ROW CALL provgw_row_changed('user_locale', OLD.name, NEW.name);
CREATE TRIGGER provgw_user_locale_del AFTER DELETE ON user_locale FOR EACH ROW CALL provgw_row_changed('user_locale', OLD.name, NULL);
CREATE TRIGGER provgw_device_pool_ins AFTER INSERT ON device_pool FOR EACH ROW CALL provgw_row_changed('pool', NULL, NEW.name);
CREATE TRIGGER provgw_device_pool_upd AFTER UPDATE ON device_pool FOR EACH ROW CALL provgw_row_changed('pool', OLD.name, NEW.name);
CREATE TRIGGER provgw_device_pool_del AFTER DELETE ON device_pool FOR EACH ROW CALL provgw_row_changed('pool', OLD.name, NULL);
CREATE TRIGGER provgw_date_time_setting_ins AFTER INSERT ON date_time_setting FOR EACH ROW CALL provgw_row_changed('date_time_setting', NULL, NEW.name);
CREATE TRIGGER provgw_date_time_setting_upd AFTER UPDATE ON date_time_setting FOR EACH ROW CALL provgw_row_changed('date_time_setting', OLD.name, NEW.name);
CREATE TRIGGER provgw_date_time_setting_del AFTER DELETE ON date_time_setting FOR EACH ROW CALL provgw_row_changed('date_time_setting', OLD.name, NULL);
CREATE TRIGGER provgw_ntp_server_ins AFTER INSERT ON ntp_server FOR EACH ROW CALL provgw_row_changed('date_time_setting', NULL, NEW.date_time_setting);
CREATE TRIGGER provgw_ntp_server_upd AFTER UPDATE ON ntp_server FOR EACH ROW CALL provgw_row_changed('date_time_setting', OLD.date_time_setting, NEW.date_time_setting);
CREATE TRIGGER provgw_ntp_server_del AFTER DELETE ON ntp_server FOR EACH ROW CALL provgw_row_changed('date_time_setting', OLD.date_time_setting, NULL);
CREATE TRIGGER provgw_srst_ins AFTER INSERT ON srst FOR EACH ROW CALL provgw_row_changed('srst', NULL, NEW.name);
CREATE TRIGGER provgw_srst_upd AFTER UPDATE ON srst FOR EACH ROW CALL provgw_row_changed('srst', OLD.name, NEW.name);
CREATE TRIGGER provgw_srst_del AFTER DELETE ON srst FOR EACH ROW CALL provgw_row_changed('srst', OLD.name, NULL);
CREATE TRIGGER provgw_call_manager_group_ins AFTER INSERT ON call_manager_group FOR EACH ROW CALL provgw_row_changed('call_manager_group', NULL, NEW.name);
CREATE TRIGGER provgw_call_manager_group_upd AFTER UPDATE ON call_manager_group FOR EACH ROW CALL provgw_row_changed('call_manager_group', OLD.name, NEW.name);
CREATE TRIGGER provgw_call_manager_group_del AFTER DELETE ON call_manager_group FOR EACH ROW CALL provgw_row_changed('call_manager_group', OLD.name, NULL);
CREATE TRIGGER provgw_call_manager_group_member_ins AFTER INSERT ON call_manager_group_member FOR EACH ROW CALL provgw_row_changed('call_manager_group', NULL, NEW.group_name);
CREATE TRIGGER provgw_call_manager_group_member_upd AFTER UPDATE ON call_manager_group_member FOR EACH ROW CALL provgw_row_changed('call_manager_group', OLD.group_name, NEW.group_name);
CREATE TRIGGER provgw_call_manager_group_member_del AFTER DELETE ON call_manager_group_member FOR EACH ROW CALL provgw_row_changed('call_manager_group', OLD.group_name, NULL);
CREATE TRIGGER provgw_call_manager_ins AFTER INSERT ON call_manager FOR EACH ROW CALL provgw_row_changed('call_manager', NULL, NEW.name);
CREATE TRIGGER provgw_call_manager_upd AFTER UPDATE ON call_manager FOR EACH ROW CALL provgw_row_changed('call_manager', OLD.name, NEW.name);
CREATE TRIGGER provgw_call_manager_del AFTER DELETE ON call_manager FOR EACH ROW CALL provgw_row_changed('call_manager', OLD.name, NULL);
CREATE TRIGGER provgw_phone_model_ins AFTER INSERT ON phone_model FOR EACH ROW CALL provgw_row_changed('model', NULL, NEW.name);
CREATE TRIGGER provgw_phone_model_upd AFTER UPDATE ON phone_model FOR EACH ROW CALL provgw_row_changed('model', OLD.name, NEW.name);
CREATE TRIGGER provgw_phone_model_del AFTER DELETE ON phone_model FOR EACH ROW CALL provgw_row_changed('model', OLD.name, NULL);
CREATE TRIGGER provgw_cluster_settings_ins AFTER INSERT ON cluster_settings FOR EACH ROW CALL provgw_row_changed('cluster', NULL, NEW.id);
CREATE TRIGGER provgw_cluster_settings_upd AFTER UPDATE ON cluster_settings FOR EACH ROW CALL provgw_row_changed('cluster', OLD.id, NEW.id);
CREATE TRIGGER provgw_cluster_settings_del AFTER DELETE ON cluster_settings FOR EACH ROW CALL provgw_row_changed('cluster', OLD.id, NULL);
