package org.provgw.ldap.changes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;

import org.provgw.cisco.source.ChangeSet;
import org.provgw.ldap.connect.Directory;
import org.provgw.ldap.mapping.SchemaNames;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * Change detection for directories without content synchronization: each poll lists the watched
 * entries (DN, identity, {@code modifyTimestamp}) to see additions, deletions and changed MACs,
 * and reads the entries modified since the newest timestamp of the previous poll to see
 * modifications.
 *
 * <p>Timestamps have a one-second granularity on most servers, so the newest second is read
 * again at the next poll; the content of the entries in it is remembered (a digest) so that a
 * second change within the same second is seen and an unchanged entry is not reported twice.
 * Without any readable {@code modifyTimestamp} every poll compares the content of all entries.
 */
public final class TimestampPoller implements ChangeDetector {

    private final Directory directory;
    private final Watch watch;
    private final Impact impact;

    private Listing previous;
    private volatile Set<DeviceId> known;
    private Map<DN, String> digests = Map.of();

    /**
     * @param directory the directory
     * @param watch what is watched
     * @param impact what changes affect
     */
    public TimestampPoller(Directory directory, Watch watch, Impact impact) {
        this.directory = directory;
        this.watch = watch;
        this.impact = impact;
    }

    @Override
    public Optional<Set<DeviceId>> knownDevices() {
        return Optional.ofNullable(known);
    }

    static Set<DeviceId> devicesIn(Collection<Tracked> entries) {
        Set<DeviceId> devices = new HashSet<>();
        for (Tracked entry : entries) {
            devices.addAll(entry.devices());
        }
        return Set.copyOf(devices);
    }

    @Override
    public String name() {
        return "modify-timestamp";
    }

    @Override
    public synchronized ChangeSet changes() throws ProviderException {
        Listing current = list();
        Optional<String> since = previous == null ? current.newest() : previous.newest();
        List<Tracked> touched = new ArrayList<>();
        Map<DN, String> recentDigests = new HashMap<>();
        for (WatchedScope scope : watch.scopes()) {
            Filter filter = since.isEmpty() ? scope.filter() : Filter.createANDFilter(scope.filter(),
                    Filter.createGreaterOrEqualFilter(SchemaNames.MODIFY_TIMESTAMP, since.get()));
            for (SearchResultEntry entry : directory.search(scope.base(), scope.scope(), filter, "*",
                    SchemaNames.MODIFY_TIMESTAMP)) {
                Tracked tracked = classify(scope, entry);
                current.see(entry);
                String digest = digest(entry);
                if (!digest.equals(digests.get(tracked.dn()))) {
                    touched.add(tracked);
                }
                recentDigests.put(tracked.dn(), digest);
            }
        }
        if (previous != null) {
            addListingDifferences(previous, current, touched);
        }
        boolean first = previous == null;
        previous = current;
        known = devicesIn(current.all());
        // Entries of the newest second are read again next time: their digests tell whether they changed.
        digests = recentDigests;
        return first ? ChangeSet.EVERYTHING : impact.of(touched);
    }

    private Listing list() throws ProviderException {
        Listing listing = new Listing();
        for (WatchedScope scope : watch.scopes()) {
            for (SearchResultEntry entry : directory.search(scope.base(), scope.scope(), scope.filter(),
                    watch.listingAttributes())) {
                listing.add(classify(scope, entry), entry);
            }
        }
        return listing;
    }

    private static void addListingDifferences(Listing before, Listing now, List<Tracked> touched) {
        for (Map.Entry<DN, Tracked> old : before.entries().entrySet()) {
            Tracked current = now.entries().get(old.getKey());
            if (current == null || !current.equals(old.getValue())) {
                touched.add(old.getValue());
            }
            if (current != null && !current.equals(old.getValue())) {
                touched.add(current);
            }
        }
        for (Map.Entry<DN, Tracked> added : now.entries().entrySet()) {
            if (!before.entries().containsKey(added.getKey())) {
                touched.add(added.getValue());
            }
        }
    }

    private Tracked classify(WatchedScope scope, SearchResultEntry entry) throws ProviderException {
        try {
            return watch.classify(scope, entry);
        } catch (LDAPException e) {
            throw new ProviderException("directory " + directory.servers() + " returned an entry whose DN "
                    + entry.getDN() + " does not parse", e);
        }
    }

    /** A digest of every attribute and value, independent of the order the server returns them in. */
    private static String digest(SearchResultEntry entry) {
        List<String> lines = new ArrayList<>();
        for (Attribute attribute : entry.getAttributes()) {
            String[] values = attribute.getValues();
            Arrays.sort(values);
            lines.add(attribute.getName().toLowerCase(Locale.ROOT) + "=" + String.join("\u0000", values));
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
