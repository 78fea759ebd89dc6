package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listening sockets that provgw reads itself rather than through MINA, on
 * {@link SharedPortLoop}s: every socket in single-port mode, and the socket inherited from
 * systemd or inetd in any mode.
 *
 * <p>Why not MINA for single-port mode: a transfer on a MINA acceptor session would be driven by
 * the acceptor thread for its packets and by another thread for its timers, so the pure state
 * machine would need a lock; the acceptor's session recycler keeps a session per client for its
 * time-to-live after the last incoming packet, scans every session once a second, and must be
 * closed by hand at each end (guide/mina.md §1.4); and MINA cannot adopt a socket it did not
 * open, which socket activation needs. A socket of our own on a loop thread keeps the socket,
 * the table of its transfers and their timers on one thread, with the same code as a transfer
 * on its own port.
 */
final class SharedPorts {

    private final SharedPortLoop[] loops;
    private final TftpCounters counters;
    /** Single-port sockets by their bound address, for the dispatcher's hand-overs. */
    private final Map<InetSocketAddress, SharedPort> demultiplexing = new ConcurrentHashMap<>();
    private int nextLoop;

    SharedPorts(int threads, TftpCounters counters) {
        this.counters = counters;
        this.loops = new SharedPortLoop[threads]; // made as sockets come: most endpoints need none
    }

    /**
     * Binds a listening socket. Before {@link #start()}.
     *
     * @param address where to listen
     * @param receiveBuffer {@code SO_RCVBUF} in bytes, 0 for the default
     * @param demultiplex true for single-port mode
     * @param allow the clients to answer
     * @param requests the request dispatcher
     * @return the bound address, with the real port
     * @throws IOException naming the address that cannot be bound
     */
    InetSocketAddress bind(InetSocketAddress address, int receiveBuffer, boolean demultiplex, Allowlist allow,
                           DatagramSink requests) throws IOException {
        // The JVM's default family, as MINA's listener: on a dual-stack host 0.0.0.0 then serves
        // IPv6 too, whichever kind of listener binds it.
        DatagramChannel channel = DatagramChannel.open();
        try {
            if (receiveBuffer > 0) {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            channel.bind(address);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        InetSocketAddress bound = new InetSocketAddress(address.getAddress(),
                ((InetSocketAddress) channel.getLocalAddress()).getPort());
        return add(channel, bound, demultiplex, allow, requests);
    }

    /**
     * Takes over an open socket (the inherited one). Before {@link #start()}.
     *
     * @return its address
     */
    InetSocketAddress adopt(DatagramChannel channel, boolean demultiplex, Allowlist allow, DatagramSink requests)
            throws IOException {
        return add(channel, (InetSocketAddress) channel.getLocalAddress(), demultiplex, allow, requests);
    }

    /** Starts the loops that have sockets. */
    void start() {
        for (SharedPortLoop loop : loops) {
            if (loop != null) {
                loop.start();
            }
        }
    }

    /** Ends the transfers, closes the sockets and stops the threads. */
    void stop() {
        for (SharedPortLoop loop : loops) {
            if (loop != null) {
                loop.stop();
            }
        }
    }

    /** @return true if requests arriving on {@code local} are served on that same socket */
    boolean owns(InetSocketAddress local) {
        return demultiplexing.containsKey(local);
    }

    /**
     * Starts a transfer on the socket its request arrived on. Called on a look-up thread.
     *
     * @param local the listening socket's address
     * @param release run once when the transfer ends
     * @param ticket access-log names and the end callback
     * @param factory builds the state machine
     * @throws IOException if the endpoint is stopping; the caller still owns what
     *     {@code release} releases then
     */
    void start(InetSocketAddress local, Runnable release, TransferTicket ticket, TransferEngine.TransferFactory factory)
            throws IOException {
        SharedPort port = demultiplexing.get(local);
        SharedTransfer transfer = new SharedTransfer(port, release, ticket);
        transfer.attach(factory.create(transfer));
        if (!port.loop().submit(transfer)) {
            throw new IOException("server shutting down");
        }
    }

    /** Sends a refusal from the listening socket the request arrived on; any thread. */
    void refuse(InetSocketAddress local, InetSocketAddress client, byte[] datagram) {
        demultiplexing.get(local).send(ByteBuffer.wrap(datagram), client);
    }

    private InetSocketAddress add(DatagramChannel channel, InetSocketAddress local, boolean demultiplex,
                                  Allowlist allow, DatagramSink requests) throws IOException {
        int index = nextLoop++ % loops.length;
        if (loops[index] == null) {
            loops[index] = new SharedPortLoop("provgw-tftp-port-" + index);
        }
        SharedPortLoop loop = loops[index];
        SharedPort port = new SharedPort(channel, local, allow, demultiplex, requests, counters, loop);
        try {
            channel.configureBlocking(false);
            loop.addPort(port, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (demultiplex) {
            demultiplexing.put(local, port);
        }
        return local;
    }
}
