package org.provgw.cisco.serve;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.provgw.provider.DeviceId;

/**
 * Devices the backend said it does not know, answered "not found" for a short while without
 * asking again: a phone that is not in the database retries every few seconds, and a scan of
 * MAC addresses should not become a query per packet. Bounded: when full, expired entries are
 * dropped, and if that is not enough, all of them. Thread-safe.
 */
final class NegativeCache {

    private final long ttlNanos;
    private final int capacity;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<DeviceId, Long> expiries = new ConcurrentHashMap<>();

    NegativeCache(Duration ttl, int capacity, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.nanoTime = nanoTime;
    }

    /** @return whether the device was found missing less than the TTL ago */
    boolean isKnownMissing(DeviceId device) {
        Long expiry = expiries.get(device);
        if (expiry == null) {
            return false;
        }
        if (nanoTime.getAsLong() - expiry < 0) {
            return true;
        }
        expiries.remove(device, expiry);
        return false;
    }

    void add(DeviceId device) {
        if (ttlNanos == 0 || capacity == 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> now - expiry >= 0);
            if (expiries.size() >= capacity) {
                expiries.clear();
            }
        }
        expiries.put(device, now + ttlNanos);
    }

    void forget(Collection<DeviceId> devices) {
        devices.forEach(expiries::remove);
    }

    void clear() {
        expiries.clear();
    }

    int size() {
        return expiries.size();
    }
}
