package org.provgw.cisco.serve;

import java.util.List;
import java.util.Objects;
import org.provgw.cisco.build.ConfigName;
import org.provgw.provider.DeviceId;

/**
 * What is built, cached and invalidated together: every file of one device (read once from the
 * backend, rendered in one go), or the cluster-wide files.
 */
sealed interface BuildUnit {

    /** The files of one device: {@code SEP<MAC>.cnf.xml}, {@code SEP<MAC>.cnf}, {@code SIP<MAC>.cnf}. */
    record DeviceUnit(DeviceId device) implements BuildUnit {
        public DeviceUnit {
            Objects.requireNonNull(device, "device");
        }

        @Override
        public List<ConfigName> names() {
            return List.of(new ConfigName.DeviceXml(device), new ConfigName.DeviceCnf(device),
                    new ConfigName.SipFirmwareCnf(device));
        }

        @Override
        public String describe() {
            return device.deviceName();
        }
    }

    /** The cluster-wide files: {@code XMLDefault.cnf.xml} and {@code SIPDefault.cnf}. */
    record ClusterUnit() implements BuildUnit {
        @Override
        public List<ConfigName> names() {
            return List.of(new ConfigName.XmlDefault(), new ConfigName.SipDefault());
        }

        @Override
        public String describe() {
            return "cluster-wide files";
        }
    }

    /** The one cluster unit. */
    ClusterUnit CLUSTER = new ClusterUnit();

    /** @return every file name this unit may hold */
    List<ConfigName> names();

    /** @return the unit for log lines: a device name, or "cluster-wide files" */
    String describe();

    /**
     * @param name a file name the builder makes
     * @return the unit holding it
     */
    static BuildUnit of(ConfigName name) {
        return name.deviceId().<BuildUnit>map(id -> new DeviceUnit(new DeviceId(id.prefix().devicePrefix(), id.mac())))
                .orElse(CLUSTER);
    }
}
