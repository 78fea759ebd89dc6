package org.provgw.cisco.model;

import java.util.List;
import java.util.Objects;

/**
 * The CallManagers a phone registers with, in priority order: the first is preferred, the
 * others are backups (written as {@code member priority="0"} … {@code "4"}).
 *
 * @param name the group's name
 * @param members one to five nodes, most preferred first
 */
public record CallManagerGroup(String name, List<CallManager> members) {

    /** CallManager allows at most this many members in a group. */
    public static final int MAX_MEMBERS = 5;

    /** @throws IllegalArgumentException if there are no members or more than five */
    public CallManagerGroup {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("CallManager group " + name + " needs 1 to " + MAX_MEMBERS
                    + " members, has " + members.size());
        }
    }
}
