package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.TftpOpcode;

/**
 * A listening socket read by a {@link SharedPortLoop} rather than by MINA: a socket of
 * single-port mode, or the socket systemd or inetd handed over. Every datagram from an address
 * outside the allowlist is dropped and counted. Without demultiplexing, every other datagram
 * goes to the request dispatcher, as from MINA's listener.
 *
 * <p>With demultiplexing (single-port mode) the socket also carries the transfers, one per
 * client address and port:
 * <ul>
 * <li>a packet from a client with a transfer goes to that transfer;</li>
 * <li>a new RRQ or WRQ from such a client ends its transfer silently and is handled as a new
 *     request: the client has given the old transfer up, or never saw its first reply and
 *     asks again (dnsmasq's single-port rule);</li>
 * <li>DATA, ACK and ERROR from a client without a transfer are dropped and counted: they are
 *     late packets of a transfer that has ended, or a stranger's. An ERROR 5 would come from
 *     the very port the client's next request goes to, and end that request instead
 *     (tftp-hpa, too, never answers them: its listening port sees only requests);</li>
 * <li>anything else goes to the dispatcher, which answers it as on any listening port.</li>
 * </ul>
 */
final class SharedPort {

    private static final Logger LOG = LogManager.getLogger(SharedPort.class);

    private final DatagramChannel channel;
    private final InetSocketAddress local;
    private final Allowlist allow;
    private final boolean demultiplex;
    private final DatagramSink requests;
    private final TftpCounters counters;
    private final SharedPortLoop loop;
    private final Map<InetSocketAddress, SharedTransfer> transfers = new HashMap<>();

    /**
     * @param channel the listening socket, bound, non-blocking
     * @param local its address, as reported to the gateway
     * @param allow the clients it answers
     * @param demultiplex true in single-port mode
     * @param requests the request dispatcher
     * @param counters where drops are counted
     * @param loop the loop that reads the socket
     */
    SharedPort(DatagramChannel channel, InetSocketAddress local, Allowlist allow, boolean demultiplex,
               DatagramSink requests, TftpCounters counters, SharedPortLoop loop) {
        this.channel = channel;
        this.local = local;
        this.allow = allow;
        this.demultiplex = demultiplex;
        this.requests = requests;
        this.counters = counters;
        this.loop = loop;
    }

    InetSocketAddress local() {
        return local;
    }

    SharedPortLoop loop() {
        return loop;
    }

    boolean demultiplexes() {
        return demultiplex;
    }

    /** Reads one datagram (the selector is level-triggered: a second one brings the loop back). */
    void onReadable(ByteBuffer buffer, long now) {
        InetSocketAddress from;
        try {
            buffer.clear();
            from = (InetSocketAddress) channel.receive(buffer);
        } catch (IOException e) {
            LOG.debug("receive on {} failed: {}", local, e.toString());
            return;
        }
        if (from == null) {
            return;
        }
        buffer.flip();
        if (!allow.permits(from.getAddress())) {
            counters.notAllowed(from, local);
        } else if (!demultiplex) {
            requests.onDatagram(buffer, from, local);
        } else {
            demultiplex(buffer, from, now);
        }
    }

    private void demultiplex(ByteBuffer buffer, InetSocketAddress from, long now) {
        int opcode = Wire.opcode(buffer);
        boolean request = opcode == TftpOpcode.RRQ.code() || opcode == TftpOpcode.WRQ.code();
        SharedTransfer running = transfers.get(from);
        if (running != null && !request) {
            try {
                running.transfer().onDatagram(from, buffer, now);
            } catch (RuntimeException e) {
                loop.failed(running, e);
            }
            loop.afterEvent(running, now);
            return;
        }
        if (running != null) {
            running.supersede();
            loop.afterEvent(running, now);
        } else if (opcode == TftpOpcode.DATA.code() || opcode == TftpOpcode.ACK.code()
                || opcode == TftpOpcode.ERROR.code()) {
            counters.stray(from);
            return;
        }
        requests.onDatagram(buffer, from, local);
    }

    /** Starts a transfer handed over by the dispatcher; on the loop thread. */
    void begin(SharedTransfer transfer, long now) {
        SharedTransfer previous = transfers.put(transfer.peer(), transfer);
        if (previous != null && previous != transfer) {
            previous.supersede(); // a newer request of the same client came first through the look-up
            previous.close(now);
        }
        transfer.transfer().start(now);
    }

    /** Forgets an ended transfer; on the loop thread. */
    void ended(SharedTransfer transfer) {
        transfers.remove(transfer.peer(), transfer);
    }

    /** @return the transfers running now; on the loop thread */
    List<SharedTransfer> transfers() {
        return new ArrayList<>(transfers.values());
    }

    /**
     * Sends from the listening socket. Safe from any thread: refusals are sent from the
     * dispatcher's threads.
     */
    void send(ByteBuffer datagram, InetSocketAddress target) {
        try {
            // 0 bytes sent means the socket buffer is full: lost like any datagram, and the
            // retransmission timer recovers it.
            channel.send(datagram, target);
        } catch (IOException e) {
            LOG.debug("send({}) on {} failed: {}", target, local, e.toString());
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("close of {} failed: {}", local, e.toString());
        }
    }
}
