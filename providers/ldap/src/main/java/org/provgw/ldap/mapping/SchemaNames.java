package org.provgw.ldap.mapping;

/**
 * Names from the provgw schema ({@code provgw-schema.ldif}) for the entries only provgw uses:
 * device pools and what they reference, phone models and the cluster settings. (The attributes of
 * device and line entries can be renamed: see {@link org.provgw.ldap.config.MappedAttribute}.)
 */
public final class SchemaNames {

    public static final String OBJECT_CLASS = "objectClass";
    public static final String CN = "cn";
    public static final String DESCRIPTION = "description";
    public static final String MODIFY_TIMESTAMP = "modifyTimestamp";

    public static final String DEVICE_POOL_CLASS = "provgwDevicePool";
    public static final String CALL_MANAGER_GROUP_CLASS = "provgwCallManagerGroup";
    public static final String CALL_MANAGER_CLASS = "provgwCallManager";
    public static final String DATE_TIME_CLASS = "provgwDateTimeSetting";
    public static final String SRST_CLASS = "provgwSrst";
    public static final String MODEL_CLASS = "provgwPhoneModel";
    public static final String CLUSTER_CLASS = "provgwCluster";

    public static final String CALL_MANAGER_GROUP = "provgwCallManagerGroup";
    public static final String DATE_TIME = "provgwDateTimeSetting";
    public static final String SRST = "provgwSrst";
    public static final String CALL_MANAGER = "provgwCallManager";
    public static final String PROCESS_NODE_NAME = "provgwProcessNodeName";
    public static final String SCCP_PORT = "provgwSccpPort";
    public static final String SIP_PORT = "provgwSipPort";
    public static final String SECURE_SIP_PORT = "provgwSecureSipPort";
    public static final String MGCP_LISTEN_PORT = "provgwMgcpListenPort";
    public static final String MGCP_KEEP_ALIVE_PORT = "provgwMgcpKeepAlivePort";
    public static final String DATE_TEMPLATE = "provgwDateTemplate";
    public static final String TIME_ZONE = "provgwTimeZone";
    public static final String OLSON_TIME_ZONE = "provgwOlsonTimeZone";
    public static final String NTP_SERVER = "provgwNtpServer";
    public static final String SRST_OPTION = "provgwSrstOption";
    public static final String SRST_ADDRESS = "provgwSrstAddress";
    public static final String DEVICE_TYPE = "provgwDeviceType";
    public static final String LOAD = "provgwLoad";
    public static final String BUILD_CNF = "provgwBuildCnf";
    public static final String AUTO_REGISTRATION = "provgwAutoRegistration";
    public static final String AUTO_REGISTRATION_POOL = "provgwAutoRegistrationPool";
    public static final String AUTHENTICATION_URL = "provgwAuthenticationURL";
    public static final String DIRECTORY_URL = "provgwDirectoryURL";
    public static final String IDLE_URL = "provgwIdleURL";
    public static final String INFORMATION_URL = "provgwInformationURL";
    public static final String MESSAGES_URL = "provgwMessagesURL";
    public static final String PROXY_SERVER_URL = "provgwProxyServerURL";
    public static final String SERVICES_URL = "provgwServicesURL";

    private SchemaNames() {
    }
}
