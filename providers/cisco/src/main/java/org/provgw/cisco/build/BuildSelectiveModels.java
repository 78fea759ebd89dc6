package org.provgw.cisco.build;

import java.util.List;
import org.provgw.cisco.model.PhoneModel;

/**
 * The models that get a legacy {@code SEP<MAC>.cnf} under "Build Selective", CallManager's
 * default (cisco-tftp.md §4.1, from the 3.1–9.1 System Guides). A device's model matches an
 * entry by its device type code, or by its model name ignoring case.
 *
 * <p>The guides list CallManager's internal constants; the type codes and names are those of
 * CallManager's {@code typemodel} table. Two are inferred rather than read: {@code MODEL_VEGA},
 * which the guides gloss as "Analog Access", is taken to be {@code typemodel} 30 "Analog Access",
 * and {@code MODEL_UONE} (uOne was Cisco's voice-mail product) to be 80 "Voice Mail Port".
 */
final class BuildSelectiveModels {

    /** One row of the table. */
    record Entry(String constant, int typeCode, String name) {
    }

    static final List<Entry> MODELS = List.of(
            new Entry("MODEL_30SPP", 1, "Cisco 30 SP+"),
            new Entry("MODEL_12SPP", 2, "Cisco 12 SP+"),
            new Entry("MODEL_12SP", 3, "Cisco 12 SP"),
            new Entry("MODEL_12S", 4, "Cisco 12 S"),
            new Entry("MODEL_30VIP", 5, "Cisco 30 VIP"),
            new Entry("MODEL_IP_CONFERENCE_PHONE", 9, "Cisco 7935"),
            new Entry("MODEL_SCCP_PHONE", 20, "SCCP Phone"),
            new Entry("MODEL_VEGA", 30, "Analog Access"),
            new Entry("MODEL_UONE", 80, "Voice Mail Port"));

    private BuildSelectiveModels() {
    }

    static boolean isLegacy(PhoneModel model) {
        return MODELS.stream().anyMatch(entry -> entry.typeCode() == model.typeCode()
                || entry.name().equalsIgnoreCase(model.name().strip()));
    }
}
