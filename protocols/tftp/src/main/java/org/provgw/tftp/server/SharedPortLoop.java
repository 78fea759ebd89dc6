package org.provgw.tftp.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A loop that owns listening sockets read without MINA ({@link SharedPort}s: single-port mode and
 * the inherited socket) and, in single-port mode, every transfer on them ({@link SharedTransfer}),
 * reads and uploads. The socket, its demultiplexing table and its transfers are confined to this
 * thread, so a transfer needs no lock, exactly as on a {@link TransferLoop}.
 */
final class SharedPortLoop extends SelectorLoop {

    private static final Logger LOG = LogManager.getLogger(SharedPortLoop.class);

    private final List<SharedPort> ports = new ArrayList<>();

    SharedPortLoop(String name) {
        super(name);
    }

    /** Registers a listening socket; only before {@link #start()}. */
    void addPort(SharedPort port, DatagramChannel channel) throws IOException {
        register(channel, port);
        ports.add(port);
    }

    @Override
    void onReady(SelectionKey key, ByteBuffer buffer) {
        SharedPort port = (SharedPort) key.attachment();
        try {
            port.onReadable(buffer, System.nanoTime());
        } catch (RuntimeException e) {
            LOG.error("listening socket {} failed to handle a datagram", port.local(), e);
        }
    }

    @Override
    Collection<LoopTransfer> running() {
        List<LoopTransfer> transfers = new ArrayList<>();
        for (SharedPort port : ports) {
            transfers.addAll(port.transfers());
        }
        return transfers;
    }

    @Override
    void closeSockets() {
        for (SharedPort port : ports) {
            port.close();
        }
    }
}
