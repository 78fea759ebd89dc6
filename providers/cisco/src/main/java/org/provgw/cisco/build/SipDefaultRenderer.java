package org.provgw.cisco.build;

import java.util.List;
import java.util.Optional;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.DevicePool;

/**
 * {@code SIPDefault.cnf}: the settings every 7940/7960 on SIP firmware reads before its own
 * {@code SIP<MAC>.cnf}. Always built. When the input has a pool (the auto-registration pool, as
 * for {@code XMLDefault.cnf.xml}) its first CallManager is {@code proxy1}, its second
 * {@code proxy_backup} and its first NTP server {@code sntp_server}; then come CallManager's
 * default registration timers, SIP retransmissions and media ports (cisco-tftp.md §3.3 values,
 * under the firmware's names), and the cluster's directory and services URLs. No
 * {@code image_version}: see {@link SipFirmwareRenderer}.
 */
final class SipDefaultRenderer {

    Optional<byte[]> render(BuildInput input) {
        SipConfigText text = new SipConfigText("SIPDefault.cnf");
        input.pool().ifPresent(pool -> writeProxies(text, pool));
        text.number("proxy_register", 1);
        text.number("timer_register_expires", CallManagerDefaults.TIMER_REGISTER_EXPIRES);
        text.number("timer_t1", CallManagerDefaults.TIMER_T1);
        text.number("timer_t2", CallManagerDefaults.TIMER_T2);
        text.number("sip_invite_retx", CallManagerDefaults.SIP_INVITE_RETX);
        text.number("sip_retx", CallManagerDefaults.SIP_RETX);
        text.number("timer_invite_expires", CallManagerDefaults.TIMER_INVITE_EXPIRES);
        text.number("voip_control_port", CallManagerDefaults.VOIP_CONTROL_PORT);
        text.number("start_media_port", CallManagerDefaults.START_MEDIA_PORT);
        text.number("end_media_port", CallManagerDefaults.STOP_MEDIA_PORT);
        text.number("dtmf_avt_payload", CallManagerDefaults.DTMF_AVT_PAYLOAD);
        input.pool().map(pool -> pool.dateTime().ntpServers()).filter(servers -> !servers.isEmpty())
                .ifPresent(servers -> {
                    text.word("sntp_mode", "unicast");
                    text.value("sntp_server", servers.get(0));
                });
        SipFirmwareRenderer.writeUrls(text, input.cluster().defaultUrls());
        return Optional.of(text.toBytes());
    }

    private static void writeProxies(SipConfigText text, DevicePool pool) {
        List<CallManager> members = pool.callManagers().members();
        text.value("proxy1_address", members.get(0).address());
        text.number("proxy1_port", members.get(0).ports().sip());
        if (members.size() > 1) {
            text.value("proxy_backup", members.get(1).address());
            text.number("proxy_backup_port", members.get(1).ports().sip());
        }
    }
}
