package org.provgw.ldap.changes;

import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.util.StaticUtils;

/**
 * The watched entries as one poll saw them, and the newest modify timestamp among them, kept as
 * the server wrote it so that the next poll's filter compares like with like.
 */
final class Listing {

    private final Map<DN, Tracked> entries = new LinkedHashMap<>();
    private Date newest;
    private String newestText;

    void add(Tracked tracked, Entry entry) {
        entries.put(tracked.dn(), tracked);
        see(entry);
    }

    /** Takes the entry's modify timestamp into account for {@link #newest()}. */
    void see(Entry entry) {
        String text = entry.getAttributeValue("modifyTimestamp");
        if (text == null) {
            return;
        }
        Date time;
        try {
            time = StaticUtils.decodeGeneralizedTime(text);
        } catch (ParseException e) {
            return;
        }
        if (newest == null || time.after(newest)) {
            newest = time;
            newestText = text;
        }
    }

    Map<DN, Tracked> entries() {
        return entries;
    }

    Collection<Tracked> all() {
        return entries.values();
    }

    /** @return the newest modify timestamp seen, as written by the server */
    Optional<String> newest() {
        return Optional.ofNullable(newestText);
    }

    /**
     * @param entry an entry
     * @return whether its modify timestamp is the newest seen (or none is known)
     */
    boolean isNewest(Entry entry) {
        String text = entry.getAttributeValue("modifyTimestamp");
        if (newest == null || text == null) {
            return true;
        }
        try {
            return !StaticUtils.decodeGeneralizedTime(text).before(newest);
        } catch (ParseException e) {
            return true;
        }
    }
}
