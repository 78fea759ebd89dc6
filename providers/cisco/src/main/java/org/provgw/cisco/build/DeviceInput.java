package org.provgw.cisco.build;

import java.util.Optional;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.provider.DeviceId;

/** The checks every device-specific file makes on its input. */
final class DeviceInput {

    private DeviceInput() {
    }

    /**
     * @param requested the device the file name names
     * @param input the records
     * @return the device, or empty when the database has none (the file is "not found")
     * @throws IllegalArgumentException if the record is another device's: a file must never be
     *     built from the wrong records
     */
    static Optional<Device> device(DeviceId requested, BuildInput input) {
        input.device().ifPresent(device -> {
            if (!device.id().mac().equals(requested.mac())) {
                throw new IllegalArgumentException("asked to build a file of " + requested.deviceName()
                        + " from the record of " + device.id().deviceName());
            }
        });
        return input.device();
    }

    /**
     * @return the device's pool
     * @throws IllegalArgumentException if the input has none
     */
    static DevicePool pool(Device device, BuildInput input) {
        return input.pool().orElseThrow(() -> new IllegalArgumentException(
                device.id().deviceName() + ": device pool " + device.pool() + " is missing"));
    }
}
