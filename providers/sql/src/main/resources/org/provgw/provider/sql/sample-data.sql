-- Sample records loaded into a new embedded database (provider.<name>.sample-data = true), so
-- that the quick start serves real built files: two sites with their own CallManager group,
-- NTP servers and date format, a dozen SCCP and SIP phones of several models, and the default
-- load of each model. Addresses are documentation addresses (RFC 5737): nothing here reaches a
-- real call manager. Portable SQL: it runs on H2, PostgreSQL and MariaDB.

INSERT INTO cluster_settings (id, auto_registration, auto_registration_pool, build_cnf, authentication_url,
    directory_url, information_url, services_url)
VALUES (1, TRUE, 'HQ', 'selective', 'http://192.0.2.40:8080/ccmcip/authenticate.jsp',
    'http://192.0.2.40:8080/ccmcip/xmldirectory.jsp', 'http://192.0.2.40:8080/ccmcip/GetTelecasterHelpText.jsp',
    'http://192.0.2.40:8080/ccmcip/getservicesmenu.jsp');

INSERT INTO call_manager (name, address, description) VALUES ('cm1-hq', '192.0.2.11', 'HQ publisher');
INSERT INTO call_manager (name, address, description) VALUES ('cm2-hq', '192.0.2.12', 'HQ subscriber');
INSERT INTO call_manager (name, address, description) VALUES ('cm1-branch', '198.51.100.11', 'Branch subscriber');

INSERT INTO call_manager_group (name) VALUES ('HQ Group');
INSERT INTO call_manager_group (name) VALUES ('Branch Group');
INSERT INTO call_manager_group_member (group_name, priority, call_manager) VALUES ('HQ Group', 0, 'cm1-hq');
INSERT INTO call_manager_group_member (group_name, priority, call_manager) VALUES ('HQ Group', 1, 'cm2-hq');
INSERT INTO call_manager_group_member (group_name, priority, call_manager) VALUES ('Branch Group', 0, 'cm1-branch');
INSERT INTO call_manager_group_member (group_name, priority, call_manager) VALUES ('Branch Group', 1, 'cm1-hq');

INSERT INTO date_time_setting (name, date_template, time_zone, olson_time_zone)
VALUES ('HQ Time', 'M/D/YA', 'Eastern Standard/Daylight Time', 'America/New_York');
INSERT INTO date_time_setting (name, date_template, time_zone, olson_time_zone)
VALUES ('Branch Time', 'D.M.Y', 'W. Europe Standard/Daylight Time', 'Europe/Berlin');
INSERT INTO ntp_server (date_time_setting, position, address) VALUES ('HQ Time', 1, '192.0.2.123');
INSERT INTO ntp_server (date_time_setting, position, address) VALUES ('HQ Time', 2, '192.0.2.124');
INSERT INTO ntp_server (date_time_setting, position, address) VALUES ('Branch Time', 1, '198.51.100.123');

INSERT INTO srst (name, srst_option, address_1) VALUES ('Branch SRST', 'Enable', '198.51.100.1');

INSERT INTO device_pool (name, date_time_setting, call_manager_group, srst) VALUES ('HQ', 'HQ Time', 'HQ Group', NULL);
INSERT INTO device_pool (name, date_time_setting, call_manager_group, srst)
VALUES ('Branch', 'Branch Time', 'Branch Group', 'Branch SRST');

INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7940', 8, 'P0030801SR02');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7960', 7, 'P0030801SR02');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7941', 115, 'SCCP41.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7961', 30018, 'SCCP41.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7942', 434, 'SCCP42.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7962', 404, 'SCCP42.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7945', 435, 'SCCP45.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7965', 436, 'SCCP45.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 7970', 30006, 'SCCP70.9-4-2SR3-1S');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 8841', 683, 'sip88xx.14-2-1-0201-45');
INSERT INTO phone_model (name, type_code, default_load) VALUES ('Cisco 8851', 684, 'sip88xx.14-2-1-0201-45');

INSERT INTO user_locale (name, language_code, win_char_set) VALUES ('English_United_States', 'en_US', 'iso-8859-1');
INSERT INTO user_locale (name, language_code, win_char_set) VALUES ('German_Germany', 'de_DE', 'utf-8');

-- SCCP phones: lines come over SCCP once registered, the file holds none.
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale)
VALUES ('SEP0011AABBCC01', 'Reception', 'Cisco 7941', 'SCCP', 'HQ', 'English_United_States', 'United_States');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale)
VALUES ('SEP0011AABBCC02', 'Sales 1', 'Cisco 7961', 'SCCP', 'HQ', 'English_United_States', 'United_States');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale, idle_timeout,
    idle_url)
VALUES ('SEP0011AABBCC03', 'Lobby', 'Cisco 7942', 'SCCP', 'HQ', 'English_United_States', 'United_States', 600,
    'http://192.0.2.40:8080/phone/idle');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale, security_mode)
VALUES ('SEP0011AABBCC04', 'Conference room', 'Cisco 7970', 'SCCP', 'HQ', 'English_United_States', 'United_States', 2);
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale)
VALUES ('SEP0011AABBCC05', 'Branch front desk', 'Cisco 7945', 'SCCP', 'Branch', 'German_Germany', 'Germany');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale, directory_url)
VALUES ('SEP0011AABBCC06', 'Branch warehouse', 'Cisco 7962', 'SCCP', 'Branch', 'German_Germany', 'Germany',
    'http://198.51.100.40/directory');
INSERT INTO device (name, description, model, protocol, device_pool, network_locale)
VALUES ('SEP0011AABBCC07', 'Mail room', 'Cisco 7960', 'SCCP', 'HQ', 'United_States');

-- SIP phones, with their lines and speed dials. The 7960 runs SIP firmware: it reads
-- SIP<MAC>.cnf and SIPDefault.cnf besides its SEP<MAC>.cnf.xml.
INSERT INTO device (name, description, model, protocol, device_pool, load_override, network_locale)
VALUES ('SEP0011AABBCC08', 'Branch SIP 7960', 'Cisco 7960', 'SIP', 'Branch', 'P0S3-08-12-00', 'Germany');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale)
VALUES ('SEP0011AABBCC09', 'Engineering 1', 'Cisco 8841', 'SIP', 'HQ', 'English_United_States', 'United_States');
INSERT INTO device (name, description, model, protocol, device_pool, user_locale, network_locale)
VALUES ('SEP0011AABBCC0A', 'Branch manager', 'Cisco 8851', 'SIP', 'Branch', 'German_Germany', 'Germany');
INSERT INTO device (name, description, model, protocol, device_pool, load_override, user_locale, network_locale)
VALUES ('SEP0011AABBCC0B', 'Engineering 2', 'Cisco 7965', 'SIP', 'HQ', 'SIP45.9-4-2SR3-1S', 'English_United_States',
    'United_States');
INSERT INTO device (name, description, model, protocol, device_pool, load_override, user_locale, network_locale)
VALUES ('SEP0011AABBCC0C', 'Branch kitchen', 'Cisco 7942', 'SIP', 'Branch', 'SIP42.9-4-2SR3-1S', 'German_Germany',
    'Germany');

INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC08', 1, '5108', 'Branch 5108', 'Branch SIP', '5108', 'sample-secret-5108');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC08', 2, '5100', 'Hunt 5100', 'Branch Hunt', '5100', 'sample-secret-5100');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC09', 1, '4109', 'Eng 4109', 'Ada Engineer', '4109', 'sample-secret-4109');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC09', 2, '4200', 'Eng group', 'Engineering', '4200', 'sample-secret-4200');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC0A', 1, '5110', 'Manager', 'Branch Manager', '5110', 'sample-secret-5110');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC0B', 1, '4111', 'Eng 4111', 'Grace Engineer', '', 'sample-secret-4111');
INSERT INTO sip_line (device, button, directory_number, label, display_name, auth_name, auth_password)
VALUES ('SEP0011AABBCC0C', 1, '5112', 'Kitchen', 'Branch Kitchen', '', '');

INSERT INTO speed_dial (device, position, dial_number, label) VALUES ('SEP0011AABBCC08', 1, '4109', 'HQ Engineering');
INSERT INTO speed_dial (device, position, dial_number, label) VALUES ('SEP0011AABBCC09', 1, '5110', 'Branch manager');
INSERT INTO speed_dial (device, position, dial_number, label) VALUES ('SEP0011AABBCC09', 2, '911', 'Emergency');
INSERT INTO speed_dial (device, position, dial_number, label) VALUES ('SEP0011AABBCC0A', 1, '4109', 'HQ Engineering');
INSERT INTO speed_dial (device, position, dial_number, label) VALUES ('SEP0011AABBCC0B', 1, '4100', 'HQ reception');

INSERT INTO device_setting (device, setting_name, setting_value) VALUES ('SEP0011AABBCC01', 'webAccess', '0');
INSERT INTO device_setting (device, setting_name, setting_value) VALUES ('SEP0011AABBCC01', 'pcPort', '0');
INSERT INTO device_setting (device, setting_name, setting_value) VALUES ('SEP0011AABBCC09', 'webAccess', '1');
INSERT INTO device_setting (device, setting_name, setting_value) VALUES ('SEP0011AABBCC09', 'garp', '1');
