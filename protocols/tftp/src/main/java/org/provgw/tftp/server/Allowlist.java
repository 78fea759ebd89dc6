package org.provgw.tftp.server;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The client addresses a listener answers ({@code tftp.allow}): a list of address blocks, or
 * everyone when the list is empty.
 *
 * @param blocks the blocks; empty means every address is allowed
 */
record Allowlist(List<CidrBlock> blocks) {

    /** No restriction. */
    static final Allowlist EVERYONE = new Allowlist(List.of());

    Allowlist {
        blocks = List.copyOf(blocks);
    }

    /**
     * @param items the blocks as written, e.g. {@code 10.0.0.0/8}, {@code 2001:db8::/32}
     * @return the allowlist
     * @throws IllegalArgumentException naming the first item that is not a block
     */
    static Allowlist parse(List<String> items) {
        List<CidrBlock> blocks = new ArrayList<>();
        for (String item : items) {
            blocks.add(CidrBlock.parse(item));
        }
        return new Allowlist(blocks);
    }

    /**
     * @param client a client's address
     * @return true if the listener may answer it
     */
    boolean permits(InetAddress client) {
        if (blocks.isEmpty()) {
            return true;
        }
        for (CidrBlock block : blocks) {
            if (block.contains(client)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "everyone" : blocks.stream().map(CidrBlock::toString).collect(Collectors.joining(", "));
    }
}
