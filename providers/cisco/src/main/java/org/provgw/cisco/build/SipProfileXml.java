package org.provgw.cisco.build;

import java.util.List;
import org.dom4j.Element;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.SecurityMode;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;

/**
 * {@code sipProfile} of a SIP phone (cisco-tftp.md §3.3): proxies that defer to the CallManager
 * group, CallManager's default SIP stack timers and media ports, then the lines (feature 9) and
 * speed dials (feature 2).
 */
final class SipProfileXml {

    private SipProfileXml() {
    }

    static void write(Element device, Device phone, DevicePool pool) {
        Element profile = device.addElement("sipProfile");
        writeProxies(profile);
        writeStack(profile);
        Xml.number(profile, "dtmfAvtPayload", CallManagerDefaults.DTMF_AVT_PAYLOAD);
        Xml.text(profile, "dtmfOutofBand", CallManagerDefaults.DTMF_OUT_OF_BAND);
        Xml.number(profile, "offhookToFirstDigitTimer", CallManagerDefaults.OFFHOOK_TO_FIRST_DIGIT_TIMER);
        Xml.number(profile, "startMediaPort", CallManagerDefaults.START_MEDIA_PORT);
        Xml.number(profile, "stopMediaPort", CallManagerDefaults.STOP_MEDIA_PORT);
        Xml.number(profile, "dscpForAudio", CallManagerDefaults.DSCP_FOR_AUDIO);
        writeLines(profile.addElement("sipLines"), phone, linePort(phone, pool));
        Xml.number(profile, "voipControlPort", CallManagerDefaults.VOIP_CONTROL_PORT);
    }

    private static void writeProxies(Element profile) {
        Element proxies = profile.addElement("sipProxies");
        for (String proxy : List.of("backupProxy", "emergencyProxy", "outboundProxy")) {
            Xml.text(proxies, proxy, CallManagerDefaults.USE_CALLMANAGER);
            Xml.number(proxies, proxy + "Port", CallManagerDefaults.SIP_PROXY_PORT);
        }
        Xml.bool(proxies, "registerWithProxy", true);
    }

    private static void writeStack(Element profile) {
        Element stack = profile.addElement("sipStack");
        Xml.number(stack, "sipInviteRetx", CallManagerDefaults.SIP_INVITE_RETX);
        Xml.number(stack, "sipRetx", CallManagerDefaults.SIP_RETX);
        Xml.number(stack, "timerInviteExpires", CallManagerDefaults.TIMER_INVITE_EXPIRES);
        Xml.number(stack, "timerRegisterExpires", CallManagerDefaults.TIMER_REGISTER_EXPIRES);
        Xml.number(stack, "timerRegisterDelta", CallManagerDefaults.TIMER_REGISTER_DELTA);
        Xml.number(stack, "timerKeepAliveExpires", CallManagerDefaults.TIMER_KEEP_ALIVE_EXPIRES);
        Xml.number(stack, "timerSubscribeExpires", CallManagerDefaults.TIMER_SUBSCRIBE_EXPIRES);
        Xml.number(stack, "timerSubscribeDelta", CallManagerDefaults.TIMER_SUBSCRIBE_DELTA);
        Xml.number(stack, "timerT1", CallManagerDefaults.TIMER_T1);
        Xml.number(stack, "timerT2", CallManagerDefaults.TIMER_T2);
        Xml.number(stack, "maxRedirects", CallManagerDefaults.MAX_REDIRECTS);
        Xml.bool(stack, "remotePartyID", true);
        Xml.text(stack, "userInfo", "None");
    }

    /** The primary CallManager's SIP port, its TLS port for a secure device. */
    private static int linePort(Device phone, DevicePool pool) {
        CallManager primary = pool.callManagers().members().get(0);
        return phone.security() == SecurityMode.NON_SECURE ? primary.ports().sip() : primary.ports().secureSip();
    }

    private static void writeLines(Element sipLines, Device phone, int port) {
        List<SipLine> lines = Buttons.lines(phone);
        for (int index = 0; index < lines.size(); index++) {
            SipLine line = lines.get(index);
            Element element = sipLines.addElement("line");
            Xml.attribute(element, "button", Integer.toString(line.button()));
            Xml.attribute(element, "lineIndex", Integer.toString(index + 1));
            Xml.number(element, "featureID", CallManagerDefaults.FEATURE_LINE);
            Xml.text(element, "featureLabel", line.label());
            Xml.text(element, "proxy", CallManagerDefaults.USE_CALLMANAGER);
            Xml.number(element, "port", port);
            Xml.text(element, "name", line.directoryNumber());
            Xml.text(element, "displayName", line.displayName());
            Xml.text(element, "authName", line.authName().isEmpty() ? line.directoryNumber() : line.authName());
            Xml.text(element, "authPassword", line.authPassword());
            Xml.text(element, "contact", line.directoryNumber());
            Xml.bool(element, "sharedLine", false);
            Xml.number(element, "ringSettingIdle", CallManagerDefaults.RING_SETTING_IDLE);
            Xml.number(element, "ringSettingActive", CallManagerDefaults.RING_SETTING_ACTIVE);
            Xml.number(element, "maxNumCalls", CallManagerDefaults.MAX_NUM_CALLS);
            Xml.number(element, "busyTrigger", CallManagerDefaults.BUSY_TRIGGER);
        }
        for (SpeedDial speedDial : Buttons.speedDials(phone)) {
            Element element = sipLines.addElement("line");
            Xml.attribute(element, "button", Integer.toString(Buttons.buttonOf(phone, speedDial)));
            Xml.number(element, "featureID", CallManagerDefaults.FEATURE_SPEED_DIAL);
            Xml.text(element, "featureLabel", speedDial.label());
            Xml.text(element, "speedDialNumber", speedDial.number());
            Xml.number(element, "speedDialIndex", speedDial.index());
        }
    }
}
