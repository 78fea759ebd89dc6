package org.provgw.cisco.build;

import java.util.Optional;

/**
 * Turns records into the bytes of one configuration file. Pure: no I/O, thread-safe, and the
 * same input always gives the same bytes.
 */
@FunctionalInterface
public interface ConfigRenderer {

    /**
     * @param name the file asked for
     * @param input the records it is built from
     * @return the file's bytes, or empty when no such file exists for this input (an unknown
     *     device, a legacy {@code .cnf} the Build CNF policy does not build, {@code XMLDefault}
     *     with auto-registration off, a SIP-firmware file for a device that is not a SIP
     *     7940/7960)
     * @throws IllegalArgumentException if the input cannot make a valid file (for example a
     *     device whose pool is missing)
     */
    Optional<byte[]> render(ConfigName name, BuildInput input);
}
