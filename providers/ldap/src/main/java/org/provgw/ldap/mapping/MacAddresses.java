package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a MAC address is written in directories, and their normalisation. RFC 2307 asks for
 * "maximal, colon separated hex notation" ({@code 00:1a:2b:3c:4d:5e}), but entries in the wild
 * drop leading zeros ({@code 0:1a:2b:3c:4d:5e}, what {@code ether_ntoa} prints), use dashes
 * ({@code 00-1A-2B-3C-4D-5E}, Windows), Cisco's dots ({@code 001a.2b3c.4d5e}) or bare hex.
 */
public final class MacAddresses {

    private static final Pattern BARE = Pattern.compile("[0-9A-Fa-f]{12}");
    private static final Pattern SEPARATED = Pattern.compile("[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}");
    private static final Pattern DOTTED = Pattern.compile("[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){2}");

    private MacAddresses() {
    }

    /**
     * @param mac 12 uppercase hex digits
     * @return every form to search for, lowercase (RFC 2307's {@code macAddress} matches ignoring
     *     case): colons with and without leading zeros, dashes with and without, dots, bare
     */
    public static List<String> searchForms(String mac) {
        String lower = mac.toLowerCase(Locale.ROOT);
        List<String> octets = new ArrayList<>();
        List<String> compact = new ArrayList<>();
        for (int i = 0; i < 12; i += 2) {
            String octet = lower.substring(i, i + 2);
            octets.add(octet);
            compact.add(octet.charAt(0) == '0' ? octet.substring(1) : octet);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join(":", octets));
        forms.add(String.join(":", compact));
        forms.add(String.join("-", octets));
        forms.add(String.join("-", compact));
        forms.add(lower.substring(0, 4) + "." + lower.substring(4, 8) + "." + lower.substring(8));
        forms.add(lower);
        return List.copyOf(forms);
    }

    /**
     * @param written a MAC address as a directory holds it, in any of the forms above and any case
     * @return the 12 hex digits, uppercase (as provgw's device ids hold them), or empty when the
     *     value is no MAC address
     */
    public static Optional<String> normalise(String written) {
        String value = written.trim();
        String hex;
        if (BARE.matcher(value).matches()) {
            hex = value;
        } else if (DOTTED.matcher(value).matches()) {
            hex = value.replace(".", "");
        } else if (SEPARATED.matcher(value).matches()) {
            StringBuilder digits = new StringBuilder(12);
            for (String octet : value.split("[:-]")) {
                digits.append(octet.length() == 1 ? "0" : "").append(octet);
            }
            hex = digits.toString();
        } else {
            return Optional.empty();
        }
        return Optional.of(hex.toUpperCase(Locale.ROOT));
    }
}
