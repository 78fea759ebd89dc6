package org.provgw.cisco.build;

import java.util.Optional;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;

/**
 * Legacy {@code SEP<MAC>.cnf}, per the cluster's Build CNF policy: {@code ALL} every device,
 * {@code NONE} none, {@code SELECTIVE} only the {@linkplain BuildSelectiveModels models that
 * cannot read XML}. The record carries the pool's first CallManager with its SCCP port and the
 * device's directory URL (its own, else the cluster's), in {@link LegacyCnfFormat}.
 */
final class LegacyCnfRenderer {

    Optional<byte[]> render(ConfigName.DeviceCnf name, BuildInput input) {
        return DeviceInput.device(name.device(), input)
                .filter(device -> builds(device, input))
                .map(device -> render(device, DeviceInput.pool(device, input), input));
    }

    private static boolean builds(Device device, BuildInput input) {
        return switch (input.cluster().buildCnf()) {
            case ALL -> true;
            case NONE -> false;
            case SELECTIVE -> BuildSelectiveModels.isLegacy(device.model());
        };
    }

    private static byte[] render(Device device, DevicePool pool, BuildInput input) {
        CallManager primary = pool.callManagers().members().get(0);
        String directory = device.urls().orElse(input.cluster().defaultUrls()).directory();
        try {
            return LegacyCnfFormat.encode(primary.address(), primary.ports().sccp(), directory);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(device.id().deviceName() + ".cnf: " + e.getMessage(), e);
        }
    }
}
