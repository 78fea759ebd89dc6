package org.provgw.cisco.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.build.ConfigRenderer;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.ModelDefault;

/**
 * A small deterministic renderer for the serving-layer tests (the real renderers are tested on
 * their own): one line per file naming every record it depends on, and the same Optional/exception
 * contract as the real one.
 */
final class PlainRenderer implements ConfigRenderer {

    @Override
    public Optional<byte[]> render(ConfigName name, BuildInput input) {
        String text;
        if (name instanceof ConfigName.XmlDefault) {
            if (!input.cluster().autoRegistration()) {
                return Optional.empty();
            }
            text = "xmldefault " + pool(input) + " " + models(input);
        } else if (name instanceof ConfigName.SipDefault) {
            text = "sipdefault " + pool(input);
        } else {
            Device device = input.device().orElseThrow(() -> new IllegalArgumentException("no device"));
            String load = input.models().stream().filter(m -> m.model().equals(device.model()))
                    .map(ModelDefault::load).findFirst().orElse("");
            String common = device.id().deviceName() + " " + device.description() + " " + pool(input) + " load="
                    + device.effectiveLoad(load) + " lines=" + device.lines().size();
            if (name instanceof ConfigName.DeviceXml) {
                text = "xml " + common;
            } else if (name instanceof ConfigName.DeviceCnf) {
                if (input.cluster().buildCnf() != BuildCnfPolicy.ALL) {
                    return Optional.empty();
                }
                text = "cnf " + common;
            } else {
                int code = device.model().typeCode();
                if (device.protocol() != DeviceProtocol.SIP || (code != 7 && code != 8)) {
                    return Optional.empty();
                }
                text = "sipcnf " + common;
            }
        }
        return Optional.of((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String pool(BuildInput input) {
        DevicePool pool = input.pool().orElseThrow(() -> new IllegalArgumentException("no pool"));
        return pool.name() + "[" + pool.callManagers().members().stream().map(CallManager::address)
                .collect(Collectors.joining(",")) + "]";
    }

    private static String models(BuildInput input) {
        return input.models().stream().map(m -> m.model().typeCode() + "=" + m.load())
                .collect(Collectors.joining(","));
    }
}
