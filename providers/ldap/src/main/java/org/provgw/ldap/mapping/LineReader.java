package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.unboundid.ldap.sdk.DN;

import org.provgw.cisco.model.SipLine;
import org.provgw.ldap.config.MappedAttribute;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.ProviderException;

/** Reads the line entries a device references by DN. */
final class LineReader {

    private final Directory directory;
    private final MappingSettings mapping;

    LineReader(Directory directory, MappingSettings mapping) {
        this.directory = directory;
        this.mapping = mapping;
    }

    /**
     * @param device the device entry
     * @return its lines, by button
     * @throws ProviderException if the directory cannot answer, a line does not exist or cannot be mapped
     */
    List<SipLine> lines(EntryValues device) throws ProviderException {
        String attribute = mapping.name(MappedAttribute.LINES);
        List<SipLine> lines = new ArrayList<>();
        for (String value : device.all(attribute)) {
            DN dn = device.parseDn(attribute, value);
            EntryValues line = new EntryValues(directory.entry(dn)
                    .orElseThrow(() -> device.problem(attribute + " = " + value + " names no entry")));
            lines.add(line(line));
        }
        lines.sort(Comparator.comparingInt(SipLine::button));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).button() == lines.get(i - 1).button()) {
                throw device.problem("two lines on button " + lines.get(i).button());
            }
        }
        return lines;
    }

    private SipLine line(EntryValues line) throws UnmappableEntryException {
        String buttonAttribute = mapping.name(MappedAttribute.LINE_BUTTON);
        if (line.text(buttonAttribute).isEmpty()) {
            throw line.problem(buttonAttribute + " is missing");
        }
        return new SipLine(line.integer(buttonAttribute, 0, 1, 1000),
                line.required(mapping.name(MappedAttribute.LINE_DIRECTORY_NUMBER)),
                line.textOrEmpty(mapping.name(MappedAttribute.LINE_LABEL)),
                line.textOrEmpty(mapping.name(MappedAttribute.LINE_DISPLAY_NAME)),
                line.textOrEmpty(mapping.name(MappedAttribute.LINE_AUTH_NAME)),
                line.textOrEmpty(mapping.name(MappedAttribute.LINE_AUTH_PASSWORD)));
    }
}
