package org.provgw.cisco.build;

/**
 * Values CallManager writes when the device database has none, as listed in
 * {@code cisco-tftp.md} §3.2–3.3 (from CUCM-generated files). The model has no field for these;
 * the builder writes CallManager's fixed defaults rather than leave the phone to guess.
 */
final class CallManagerDefaults {

    /** {@code proxy} of SIP lines and proxies: register with the CallManager group. */
    static final String USE_CALLMANAGER = "USECALLMANAGER";
    /** Port paired with {@link #USE_CALLMANAGER} proxies. */
    static final int SIP_PROXY_PORT = 5060;
    /** {@code voipControlPort}: the phone's own SIP port. */
    static final int VOIP_CONTROL_PORT = 5060;

    static final int CONNECTION_MONITOR_DURATION = 120;

    // sipStack (§3.3)
    static final int SIP_INVITE_RETX = 6;
    static final int SIP_RETX = 10;
    static final int TIMER_INVITE_EXPIRES = 180;
    static final int TIMER_REGISTER_EXPIRES = 3600;
    static final int TIMER_REGISTER_DELTA = 5;
    static final int TIMER_KEEP_ALIVE_EXPIRES = 120;
    static final int TIMER_SUBSCRIBE_EXPIRES = 120;
    static final int TIMER_SUBSCRIBE_DELTA = 5;
    static final int TIMER_T1 = 500;
    static final int TIMER_T2 = 4000;
    static final int MAX_REDIRECTS = 70;

    // media (§3.3)
    static final int DTMF_AVT_PAYLOAD = 101;
    static final String DTMF_OUT_OF_BAND = "avt";
    static final int OFFHOOK_TO_FIRST_DIGIT_TIMER = 15000;
    static final int START_MEDIA_PORT = 16384;
    static final int STOP_MEDIA_PORT = 32766;
    static final int DSCP_FOR_AUDIO = 184;

    // lines (§3.3)
    static final int FEATURE_LINE = 9;
    static final int FEATURE_SPEED_DIAL = 2;
    static final int RING_SETTING_IDLE = 4;
    static final int RING_SETTING_ACTIVE = 5;
    static final int MAX_NUM_CALLS = 4;
    static final int BUSY_TRIGGER = 2;

    // DSCP (§3.1)
    static final int DSCP_FOR_SCCP_PHONE_CONFIG = 96;
    static final int DSCP_FOR_SCCP_PHONE_SERVICES = 0;
    static final int DSCP_FOR_CM_TO_DEVICE = 96;

    /** {@code transportLayerProtocol} of a TLS device (§3.1: 1 TCP, 2 UDP, 3 TLS). */
    static final int TRANSPORT_TLS = 3;
    /**
     * {@code transportLayerProtocol} CallManager writes for a non-secure SIP phone (its default
     * security profile, "TCP+UDP"); the value is seen in CUCM-built files, its meaning is not
     * documented (§3.1).
     */
    static final int TRANSPORT_TCP_AND_UDP = 4;

    private CallManagerDefaults() {
    }
}
