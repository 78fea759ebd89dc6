package org.provgw.cisco.build;

import java.util.List;
import java.util.Optional;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;

/**
 * {@code SIP<MAC>.cnf}: the per-phone settings of a 7940/7960 on SIP firmware, which override
 * {@code SIPDefault.cnf}. Built only for a SIP device of such a model; other devices have no
 * such file.
 *
 * <p>Each line N gets {@code proxyN_address}/{@code proxyN_port} (on this firmware the proxy is
 * per line) pointing at the pool's first CallManager, and {@code lineN_name}, {@code _shortname}
 * (the label), {@code _displayname}, {@code _authname} (the DN when empty), {@code _password}.
 * The pool's second CallManager becomes {@code proxy_backup}. Speed dials are
 * {@code speed_lineB}/{@code speed_labelB} on the button {@link Buttons} gives them.
 *
 * <p>{@code image_version} is written only from the device's load override: model defaults are
 * per model, not per protocol, and a 7940/7960 default is normally the SCCP load read from
 * {@code XMLDefault.cnf.xml}; writing it here would convert the phone to SCCP.
 */
final class SipFirmwareRenderer {

    Optional<byte[]> render(ConfigName.SipFirmwareCnf name, BuildInput input) {
        return DeviceInput.device(name.device(), input)
                .filter(device -> device.protocol() == DeviceProtocol.SIP)
                .filter(device -> SipFirmwareModels.isSipFirmwarePhone(device.model()))
                .map(device -> render(name, device, DeviceInput.pool(device, input), input));
    }

    private static byte[] render(ConfigName name, Device device, DevicePool pool, BuildInput input) {
        SipConfigText text = new SipConfigText(name.fileName());
        device.loadOverride().filter(load -> !load.isEmpty()).ifPresent(load -> text.value("image_version", load));
        List<CallManager> members = pool.callManagers().members();
        CallManager primary = members.get(0);
        if (members.size() > 1) {
            text.value("proxy_backup", members.get(1).address());
            text.number("proxy_backup_port", members.get(1).ports().sip());
        }
        for (SipLine line : Buttons.lines(device)) {
            int n = line.button();
            text.value("proxy" + n + "_address", primary.address());
            text.number("proxy" + n + "_port", primary.ports().sip());
            text.value("line" + n + "_name", line.directoryNumber());
            if (!line.label().isEmpty()) {
                text.label("line" + n + "_shortname", line.label());
            }
            if (!line.displayName().isEmpty()) {
                text.label("line" + n + "_displayname", line.displayName());
            }
            text.value("line" + n + "_authname", line.authName().isEmpty() ? line.directoryNumber() : line.authName());
            if (!line.authPassword().isEmpty()) {
                text.value("line" + n + "_password", line.authPassword());
            }
        }
        for (SpeedDial speedDial : Buttons.speedDials(device)) {
            int button = Buttons.buttonOf(device, speedDial);
            text.value("speed_line" + button, speedDial.number());
            text.label("speed_label" + button, speedDial.label());
        }
        writeUrls(text, device.urls().orElse(input.cluster().defaultUrls()));
        return text.toBytes();
    }

    /** The two URLs this firmware reads, when set. */
    static void writeUrls(SipConfigText text, ServiceUrls urls) {
        if (!urls.directory().isEmpty()) {
            text.value("directory_url", urls.directory());
        }
        if (!urls.services().isEmpty()) {
            text.value("services_url", urls.services());
        }
    }
}
