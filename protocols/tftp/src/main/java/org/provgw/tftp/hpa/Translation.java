package org.provgw.tftp.hpa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tftpd-hpa command line turned into provgw's terms.
 *
 * @param properties the configuration, key by key in the order to write them
 * @param launch what the launcher does around the gateway
 * @param notes options accepted although they change nothing, each with the reason, for stderr
 */
record Translation(Map<String, String> properties, Launch launch, List<String> notes) {

    Translation {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        notes = List.copyOf(notes);
    }
}
