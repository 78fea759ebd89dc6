package org.provgw.tftp.server;

/**
 * A deadline in a {@link SelectorLoop}'s timer queue. Entries are never removed early: a transfer
 * points at its current entry, and an entry it no longer points at is skipped when it comes up
 * (lazy cancellation, so that a packet never costs a queue removal).
 *
 * @param deadlineNanos when to look at the transfer
 * @param transfer the transfer to look at
 */
record TimerEntry(long deadlineNanos, LoopTransfer transfer) {
}
