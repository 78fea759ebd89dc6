package org.provgw.ldap.changes;

import java.util.Objects;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * One search that finds the watched entries of one kind.
 *
 * @param kind what the entries found are
 * @param base the search base
 * @param scope the scope
 * @param filter the filter
 */
public record WatchedScope(EntryKind kind, DN base, SearchScope scope, Filter filter) {

    /** @throws NullPointerException if an argument is {@code null} */
    public WatchedScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
    }
}
