package org.provgw.protocol;

/**
 * Where endpoints report each finished transfer, exactly once per transfer. Thread-safe and
 * non-blocking enough to call from an I/O thread.
 */
@FunctionalInterface
public interface AccessLog {

    /** @param record the finished transfer, never {@code null} */
    void record(AccessRecord record);
}
