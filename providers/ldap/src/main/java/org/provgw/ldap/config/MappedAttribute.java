package org.provgw.ldap.config;

/**
 * The attributes of device and line entries whose names a site can change with
 * {@code attribute.<key> = name}, so that an existing directory maps without schema changes.
 * The defaults are RFC 2307's {@code macAddress}, the core {@code cn} and {@code description},
 * and the provgw schema ({@code provgw-schema.ldif}).
 */
public enum MappedAttribute {
    MAC_ADDRESS("mac-address", "macAddress"),
    NAME("name", "cn"),
    DESCRIPTION("description", "description"),
    MODEL("model", "provgwModel"),
    PROTOCOL("protocol", "provgwProtocol"),
    DEVICE_POOL("device-pool", "provgwDevicePool"),
    LOAD("load", "provgwLoad"),
    USER_LOCALE("user-locale", "provgwUserLocale"),
    LANGUAGE_CODE("language-code", "provgwLanguageCode"),
    CHARSET("charset", "provgwCharset"),
    NETWORK_LOCALE("network-locale", "provgwNetworkLocale"),
    SECURITY_MODE("security-mode", "provgwSecurityMode"),
    IDLE_TIMEOUT("idle-timeout", "provgwIdleTimeout"),
    AUTHENTICATION_URL("url.authentication", "provgwAuthenticationURL"),
    DIRECTORY_URL("url.directory", "provgwDirectoryURL"),
    IDLE_URL("url.idle", "provgwIdleURL"),
    INFORMATION_URL("url.information", "provgwInformationURL"),
    MESSAGES_URL("url.messages", "provgwMessagesURL"),
    PROXY_SERVER_URL("url.proxy-server", "provgwProxyServerURL"),
    SERVICES_URL("url.services", "provgwServicesURL"),
    VENDOR_CONFIG("vendor-config", "provgwVendorConfig"),
    LINES("lines", "provgwLine"),
    SPEED_DIALS("speed-dials", "provgwSpeedDial"),
    LINE_BUTTON("line.button", "provgwLineButton"),
    LINE_DIRECTORY_NUMBER("line.directory-number", "provgwDirectoryNumber"),
    LINE_LABEL("line.label", "provgwLineLabel"),
    LINE_DISPLAY_NAME("line.display-name", "provgwDisplayName"),
    LINE_AUTH_NAME("line.auth-name", "provgwAuthName"),
    LINE_AUTH_PASSWORD("line.auth-password", "provgwAuthPassword");

    private final String key;
    private final String defaultName;

    MappedAttribute(String key, String defaultName) {
        this.key = key;
        this.defaultName = defaultName;
    }

    /** @return the key after {@code attribute.}, e.g. {@code model} */
    public String key() {
        return key;
    }

    /** @return the attribute name used unless configured otherwise */
    public String defaultName() {
        return defaultName;
    }
}
