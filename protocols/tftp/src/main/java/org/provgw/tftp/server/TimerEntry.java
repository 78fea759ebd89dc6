package org.provgw.tftp.server;

/**
 * A deadline in a {@link TransferLoop}'s timer queue. Entries are never removed early: a session
 * points at its current entry, and an entry it no longer points at is skipped when it comes up
 * (lazy cancellation, so that a packet never costs a queue removal).
 *
 * @param deadlineNanos when to look at the session
 * @param session the session to look at
 */
record TimerEntry(long deadlineNanos, TransferSession session) {
}
