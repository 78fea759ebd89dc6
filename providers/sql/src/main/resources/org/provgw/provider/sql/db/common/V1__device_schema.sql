-- provgw device schema, version 1: the records Cisco configuration files are built from.
-- Portable SQL for H2, PostgreSQL and MariaDB; the change log and its triggers, which differ
-- by database, are in V2 under the database's own folder. Names of devices are stored as
-- CallManager writes them: SEP followed by the MAC in uppercase hex.

-- Cluster-wide settings: exactly one row, id = 1.
CREATE TABLE cluster_settings (
    id                     INT          NOT NULL,
    auto_registration      BOOLEAN      NOT NULL DEFAULT FALSE,
    auto_registration_pool VARCHAR(64)  NOT NULL DEFAULT '',
    build_cnf              VARCHAR(16)  NOT NULL DEFAULT 'selective',
    authentication_url     VARCHAR(255) NOT NULL DEFAULT '',
    directory_url          VARCHAR(255) NOT NULL DEFAULT '',
    idle_url               VARCHAR(255) NOT NULL DEFAULT '',
    information_url        VARCHAR(255) NOT NULL DEFAULT '',
    messages_url           VARCHAR(255) NOT NULL DEFAULT '',
    proxy_server_url       VARCHAR(255) NOT NULL DEFAULT '',
    services_url           VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    CONSTRAINT cluster_settings_one_row CHECK (id = 1),
    CONSTRAINT cluster_settings_build_cnf CHECK (build_cnf IN ('all', 'none', 'selective', 'true', 'false'))
);

CREATE TABLE call_manager (
    name                VARCHAR(64)  NOT NULL,
    address             VARCHAR(255) NOT NULL,
    description         VARCHAR(255) NOT NULL DEFAULT '',
    sccp_port           INT          NOT NULL DEFAULT 2000,
    sip_port            INT          NOT NULL DEFAULT 5060,
    secure_sip_port     INT          NOT NULL DEFAULT 5061,
    mgcp_listen_port    INT          NOT NULL DEFAULT 2427,
    mgcp_keepalive_port INT          NOT NULL DEFAULT 2428,
    PRIMARY KEY (name)
);

CREATE TABLE call_manager_group (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
);

-- Up to five members, priority 0 (preferred) to 4.
CREATE TABLE call_manager_group_member (
    group_name   VARCHAR(64) NOT NULL,
    priority     INT         NOT NULL,
    call_manager VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_name, priority),
    CONSTRAINT call_manager_group_member_priority CHECK (priority BETWEEN 0 AND 4),
    CONSTRAINT call_manager_group_member_group FOREIGN KEY (group_name)
        REFERENCES call_manager_group (name) ON DELETE CASCADE,
    CONSTRAINT call_manager_group_member_cm FOREIGN KEY (call_manager) REFERENCES call_manager (name)
);

CREATE TABLE date_time_setting (
    name            VARCHAR(64) NOT NULL,
    date_template   VARCHAR(16) NOT NULL,
    time_zone       VARCHAR(64) NOT NULL,
    olson_time_zone VARCHAR(64) NOT NULL DEFAULT '',
    PRIMARY KEY (name)
);

CREATE TABLE ntp_server (
    date_time_setting VARCHAR(64)  NOT NULL,
    position          INT          NOT NULL,
    address           VARCHAR(255) NOT NULL,
    PRIMARY KEY (date_time_setting, position),
    CONSTRAINT ntp_server_setting FOREIGN KEY (date_time_setting)
        REFERENCES date_time_setting (name) ON DELETE CASCADE
);

CREATE TABLE srst (
    name        VARCHAR(64)  NOT NULL,
    srst_option VARCHAR(32)  NOT NULL DEFAULT 'Disable',
    address_1   VARCHAR(255),
    address_2   VARCHAR(255),
    address_3   VARCHAR(255),
    sccp_port   INT          NOT NULL DEFAULT 2000,
    sip_port    INT          NOT NULL DEFAULT 5060,
    PRIMARY KEY (name)
);

CREATE TABLE device_pool (
    name               VARCHAR(64) NOT NULL,
    date_time_setting  VARCHAR(64) NOT NULL,
    call_manager_group VARCHAR(64) NOT NULL,
    srst               VARCHAR(64),
    PRIMARY KEY (name),
    CONSTRAINT device_pool_date_time FOREIGN KEY (date_time_setting) REFERENCES date_time_setting (name),
    CONSTRAINT device_pool_group FOREIGN KEY (call_manager_group) REFERENCES call_manager_group (name),
    CONSTRAINT device_pool_srst FOREIGN KEY (srst) REFERENCES srst (name)
);

-- CallManager's device defaults: the load each model runs unless a device overrides it.
CREATE TABLE phone_model (
    name         VARCHAR(64) NOT NULL,
    type_code    INT         NOT NULL,
    default_load VARCHAR(64) NOT NULL DEFAULT '',
    PRIMARY KEY (name),
    CONSTRAINT phone_model_type_code UNIQUE (type_code)
);

CREATE TABLE user_locale (
    name          VARCHAR(64) NOT NULL,
    language_code VARCHAR(16) NOT NULL,
    win_char_set  VARCHAR(32) NOT NULL DEFAULT 'utf-8',
    PRIMARY KEY (name)
);

CREATE TABLE device (
    name               VARCHAR(15)  NOT NULL,
    description        VARCHAR(128) NOT NULL DEFAULT '',
    model              VARCHAR(64)  NOT NULL,
    protocol           VARCHAR(8)   NOT NULL,
    device_pool        VARCHAR(64)  NOT NULL,
    load_override      VARCHAR(64),
    user_locale        VARCHAR(64),
    network_locale     VARCHAR(64),
    security_mode      INT          NOT NULL DEFAULT 1,
    idle_timeout       INT          NOT NULL DEFAULT 0,
    authentication_url VARCHAR(255) NOT NULL DEFAULT '',
    directory_url      VARCHAR(255) NOT NULL DEFAULT '',
    idle_url           VARCHAR(255) NOT NULL DEFAULT '',
    information_url    VARCHAR(255) NOT NULL DEFAULT '',
    messages_url       VARCHAR(255) NOT NULL DEFAULT '',
    proxy_server_url   VARCHAR(255) NOT NULL DEFAULT '',
    services_url       VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (name),
    CONSTRAINT device_name CHECK (name = UPPER(name)),
    CONSTRAINT device_protocol CHECK (protocol IN ('SCCP', 'SIP')),
    CONSTRAINT device_security_mode CHECK (security_mode BETWEEN 1 AND 3),
    CONSTRAINT device_model FOREIGN KEY (model) REFERENCES phone_model (name),
    CONSTRAINT device_device_pool FOREIGN KEY (device_pool) REFERENCES device_pool (name),
    CONSTRAINT device_user_locale FOREIGN KEY (user_locale) REFERENCES user_locale (name)
);

CREATE INDEX device_by_pool ON device (device_pool);
CREATE INDEX device_by_model ON device (model);

-- Lines of SIP phones, by button (SCCP phones get theirs over SCCP).
CREATE TABLE sip_line (
    device           VARCHAR(15)  NOT NULL,
    button           INT          NOT NULL,
    directory_number VARCHAR(64)  NOT NULL,
    label            VARCHAR(64)  NOT NULL DEFAULT '',
    display_name     VARCHAR(64)  NOT NULL DEFAULT '',
    auth_name        VARCHAR(64)  NOT NULL DEFAULT '',
    auth_password    VARCHAR(128) NOT NULL DEFAULT '',
    PRIMARY KEY (device, button),
    CONSTRAINT sip_line_device FOREIGN KEY (device) REFERENCES device (name) ON DELETE CASCADE
);

CREATE TABLE speed_dial (
    device      VARCHAR(15) NOT NULL,
    position    INT         NOT NULL,
    dial_number VARCHAR(64) NOT NULL,
    label       VARCHAR(64) NOT NULL DEFAULT '',
    PRIMARY KEY (device, position),
    CONSTRAINT speed_dial_device FOREIGN KEY (device) REFERENCES device (name) ON DELETE CASCADE
);

-- Model-specific settings, written as vendorConfig elements.
CREATE TABLE device_setting (
    device        VARCHAR(15)  NOT NULL,
    setting_name  VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    PRIMARY KEY (device, setting_name),
    CONSTRAINT device_setting_device FOREIGN KEY (device) REFERENCES device (name) ON DELETE CASCADE
);
