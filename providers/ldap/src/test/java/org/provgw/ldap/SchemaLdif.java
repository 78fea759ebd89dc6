package org.provgw.ldap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;

/**
 * Reads a schema file in OpenLDAP's cn=config form (what provgw ships) into an UnboundID
 * {@link Schema}: the olcAttributeTypes and olcObjectClasses values are the RFC 4512
 * definitions, behind an optional {@code {n}} ordering prefix.
 */
final class SchemaLdif {

    private static final Pattern ORDER = Pattern.compile("\\{\\d+\\}(.*)", Pattern.DOTALL);

    private SchemaLdif() {
    }

    static Schema read(Path file) throws IOException, LDIFException {
        List<String> attributeTypes = new ArrayList<>();
        List<String> objectClasses = new ArrayList<>();
        try (LDIFReader reader = new LDIFReader(file.toFile())) {
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                collect(entry, "olcAttributeTypes", attributeTypes);
                collect(entry, "olcObjectClasses", objectClasses);
            }
        }
        Entry subschema = new Entry("cn=schema");
        subschema.addAttribute("objectClass", "top", "ldapSubentry", "subschema");
        subschema.addAttribute("attributeTypes", attributeTypes);
        subschema.addAttribute("objectClasses", objectClasses);
        return new Schema(subschema);
    }

    private static void collect(Entry entry, String attribute, List<String> into) {
        String[] values = entry.getAttributeValues(attribute);
        if (values != null) {
            for (String value : values) {
                Matcher m = ORDER.matcher(value);
                into.add(m.matches() ? m.group(1) : value);
            }
        }
    }
}
