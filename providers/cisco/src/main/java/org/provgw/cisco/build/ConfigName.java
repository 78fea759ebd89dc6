package org.provgw.cisco.build;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/**
 * A file the builder can make, recognised from a requested name. Names are matched ignoring case
 * (phones and CallManager disagree on the case of MAC addresses) and only at the top of the
 * namespace, where phones ask for them. Signed and encrypted variants ({@code .cnf.xml.sgn},
 * {@code .enc.sgn}) and trust lists are not built: unless a static file exists they are "not
 * found", and the phone moves on at once.
 */
public sealed interface ConfigName {

    /** {@code SEP<MAC>.cnf.xml}: the configuration of an XML-capable phone. */
    record DeviceXml(DeviceId device) implements ConfigName {
        @Override
        public String fileName() {
            return device.deviceName() + ".cnf.xml";
        }
    }

    /** {@code SEP<MAC>.cnf}: the legacy binary configuration, built per the Build CNF policy. */
    record DeviceCnf(DeviceId device) implements ConfigName {
        @Override
        public String fileName() {
            return device.deviceName() + ".cnf";
        }
    }

    /** {@code SIP<MAC>.cnf}: the text configuration of 7940/7960-class phones on SIP firmware. */
    record SipFirmwareCnf(DeviceId device) implements ConfigName {
        @Override
        public String fileName() {
            return "SIP" + device.mac() + ".cnf";
        }
    }

    /** {@code XMLDefault.cnf.xml}: what unknown phones get, to auto-register and pick firmware. */
    record XmlDefault() implements ConfigName {
        @Override
        public String fileName() {
            return "XMLDefault.cnf.xml";
        }
    }

    /** {@code SIPDefault.cnf}: the defaults of 7940/7960-class phones on SIP firmware. */
    record SipDefault() implements ConfigName {
        @Override
        public String fileName() {
            return "SIPDefault.cnf";
        }
    }

    /** @return the canonical file name, e.g. {@code SEP0011AABBCC01.cnf.xml} */
    String fileName();

    /** @return the device the file belongs to; empty for cluster-wide files */
    default Optional<DeviceId> deviceId() {
        if (this instanceof DeviceXml x) {
            return Optional.of(x.device());
        }
        if (this instanceof DeviceCnf c) {
            return Optional.of(c.device());
        }
        if (this instanceof SipFirmwareCnf s) {
            return Optional.of(s.device());
        }
        return Optional.empty();
    }

    /**
     * @param path a normalized request path ({@link org.provgw.provider.FileRequest#path()})
     * @return what it asks for, or empty if the builder does not make such a file
     */
    static Optional<ConfigName> parse(String path) {
        Matcher m = Names.DEVICE_FILE.matcher(path);
        if (m.matches()) {
            String mac = m.group(2).toUpperCase(Locale.ROOT);
            DeviceId device = new DeviceId(DevicePrefix.SEP, mac);
            boolean sepPrefix = m.group(1).equalsIgnoreCase("SEP");
            boolean xml = m.group(3) != null;
            if (sepPrefix) {
                return Optional.of(xml ? new DeviceXml(device) : new DeviceCnf(device));
            }
            return xml ? Optional.empty() : Optional.of(new SipFirmwareCnf(device));
        }
        if (path.equalsIgnoreCase("XMLDefault.cnf.xml")) {
            return Optional.of(new XmlDefault());
        }
        if (path.equalsIgnoreCase("SIPDefault.cnf")) {
            return Optional.of(new SipDefault());
        }
        return Optional.empty();
    }

    /** Holder of the name patterns (interfaces cannot have private static fields). */
    final class Names {
        static final Pattern DEVICE_FILE =
                Pattern.compile("(SEP|SIP)([0-9A-F]{12})\\.cnf(\\.xml)?", Pattern.CASE_INSENSITIVE);

        private Names() {
        }
    }
}
