package org.provgw.http.conn;

import java.util.ArrayDeque;

/**
 * The writes of one connection that the transport has not reported sent yet, oldest first, and
 * the flow-control mark they are held to: a new response is started, and a file's next chunk
 * read, only while fewer than {@value #MAX_WRITES} writes and {@value #HIGH_WATER} bytes wait.
 * Guarded by the connection's lock.
 */
final class UnsentWrites {

    /** Writes waiting (MINA's TLS filter refuses more than 64). */
    static final int MAX_WRITES = 16;
    /** Bytes waiting before the connection stops adding more. */
    static final long HIGH_WATER = 256 * 1024;

    /** One write: its handle, size, the content bytes in it, and whose response it ends. */
    record Entry(Object handle, long bytes, long bodyBytes, Exchange exchange, boolean last) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long bytes;

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return whether more may be queued now */
    boolean hasRoom() {
        return entries.size() < MAX_WRITES && bytes < HIGH_WATER;
    }

    void add(Entry entry) {
        entries.add(entry);
        bytes += entry.bytes();
    }

    /**
     * @param handle the handle the transport reported sent
     * @return the oldest entry, removed, when it has that handle; otherwise null (writes are
     *     reported in order, so anything else is not one of ours)
     */
    Entry takeIfOldest(Object handle) {
        Entry oldest = entries.peek();
        if (oldest == null || oldest.handle() != handle) {
            return null;
        }
        entries.poll();
        bytes -= oldest.bytes();
        return oldest;
    }

    void clear() {
        entries.clear();
        bytes = 0;
    }
}
