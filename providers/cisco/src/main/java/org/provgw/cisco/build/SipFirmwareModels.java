package org.provgw.cisco.build;

import java.util.Map;
import org.provgw.cisco.model.PhoneModel;

/**
 * The models that run Cisco's SIP firmware with text configuration files ({@code SIPDefault.cnf},
 * {@code SIP<MAC>.cnf}): the 7940 and 7960. Recognised by CallManager device type code, or by
 * model name ignoring case when the database uses other codes. (The 7905/7912 SIP firmware reads
 * binary profiles instead, cisco-tftp.md §2.1, and is not built.)
 */
final class SipFirmwareModels {

    /** Type code to CallManager model name (cisco-tftp.md §4.3). */
    static final Map<Integer, String> MODELS = Map.of(7, "Cisco 7960", 8, "Cisco 7940");

    private SipFirmwareModels() {
    }

    static boolean isSipFirmwarePhone(PhoneModel model) {
        return MODELS.containsKey(model.typeCode())
                || MODELS.values().stream().anyMatch(name -> name.equalsIgnoreCase(model.name().strip()));
    }
}
