package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.provgw.protocol.ServingLimit;

/**
 * Requests between their arrival and the start (or refusal) of their transfer, each holding its
 * serving slot: the slot is taken before the look-up, so a boot storm is capped before it costs
 * a look-up, and a client retransmitting its request while it is looked up is recognized and
 * dropped instead of being looked up (or counted) twice.
 */
final class PendingRequests {

    enum Admission {
        /** Go ahead: a slot is held for the client. */
        ADMITTED,
        /** The client's request is being looked up already: drop the retransmission. */
        DUPLICATE,
        /** A cap is reached: refuse as busy (the refusal is counted by the limit). */
        BUSY
    }

    private final ServingLimit limit;
    private final Map<InetSocketAddress, ServingLimit.Slot> pending = new ConcurrentHashMap<>();

    PendingRequests(ServingLimit limit) {
        this.limit = limit;
    }

    /** Called on the listener thread, which is the only one that adds. */
    Admission admit(InetSocketAddress client) {
        if (pending.containsKey(client)) {
            return Admission.DUPLICATE;
        }
        Optional<ServingLimit.Slot> slot = limit.tryAcquire(client.getAddress());
        if (slot.isEmpty()) {
            return Admission.BUSY;
        }
        if (pending.putIfAbsent(client, slot.get()) != null) {
            slot.get().close();
            return Admission.DUPLICATE;
        }
        return Admission.ADMITTED;
    }

    /**
     * Hands the client's slot over to its transfer, which releases it when it ends.
     *
     * @return the slot admitted for the client
     */
    ServingLimit.Slot take(InetSocketAddress client) {
        return Objects.requireNonNull(pending.remove(client), "no pending request for " + client);
    }

    /** Ends a request that gets no transfer: releases its slot. Idempotent. */
    void release(InetSocketAddress client) {
        ServingLimit.Slot slot = pending.remove(client);
        if (slot != null) {
            slot.close();
        }
    }
}
