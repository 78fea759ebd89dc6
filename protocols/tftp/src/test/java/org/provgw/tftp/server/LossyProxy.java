package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOpcode;

/**
 * A UDP relay between one client and a TFTP server that loses a share of the DATA and ACK
 * packets, for end-to-end tests of recovery over real sockets. The client talks to the relay's
 * port only; the relay follows the server to the transfer's own port (its TID).
 */
final class LossyProxy implements AutoCloseable {

    private final DatagramChannel clientSide;
    private final DatagramChannel serverSide;
    private final Selector selector;
    private final Thread thread;
    private final Random random;
    private final double loss;
    final AtomicInteger dropped = new AtomicInteger();
    /** The block numbers of the ACKs this relay lost. */
    final Set<Integer> droppedAcks = ConcurrentHashMap.newKeySet();
    private final InetSocketAddress listener;
    private InetSocketAddress server;
    private InetSocketAddress client;
    private volatile boolean running = true;

    /**
     * @param server the server's listening address
     * @param loss the share of DATA and ACK packets dropped, each direction
     * @param seed for a repeatable pattern of losses
     */
    LossyProxy(InetSocketAddress server, double loss, long seed) throws IOException {
        this.listener = server;
        this.server = server;
        this.loss = loss;
        this.random = new Random(seed);
        clientSide = DatagramChannel.open().bind(new InetSocketAddress(server.getAddress(), 0));
        serverSide = DatagramChannel.open().bind(new InetSocketAddress(server.getAddress(), 0));
        clientSide.configureBlocking(false);
        serverSide.configureBlocking(false);
        selector = Selector.open();
        clientSide.register(selector, SelectionKey.OP_READ);
        serverSide.register(selector, SelectionKey.OP_READ);
        thread = new Thread(this::relay, "lossy-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return where the client sends its request */
    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) clientSide.getLocalAddress();
    }

    private void relay() {
        ByteBuffer buffer = ByteBuffer.allocate(70_000);
        try {
            while (running) {
                selector.select(100);
                selector.selectedKeys().clear();
                forward(clientSide, buffer, true);
                forward(serverSide, buffer, false);
            }
        } catch (IOException e) {
            // closed under us at the end of the test
        }
    }

    private void forward(DatagramChannel from, ByteBuffer buffer, boolean towardsServer) throws IOException {
        InetSocketAddress source;
        while (true) {
            buffer.clear();
            source = (InetSocketAddress) from.receive(buffer);
            if (source == null) {
                return;
            }
            buffer.flip();
            if (towardsServer) {
                client = source;
            } else if (server.equals(listener)) {
                server = source; // the first reply comes from the transfer's port: follow it
            } else if (!server.equals(source)) {
                // a second transfer started by a retransmitted RRQ: a real client would only
                // ever see its first TID and answer any other with ERROR 5, as the relay does
                serverSide.send(ByteBuffer.wrap(TftpCodec.toBytes(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID))),
                        source);
                continue;
            }
            int opcode = Wire.opcode(buffer);
            boolean lossy = opcode == TftpOpcode.DATA.code() || opcode == TftpOpcode.ACK.code();
            if (lossy && random.nextDouble() < loss) {
                dropped.incrementAndGet();
                if (opcode == TftpOpcode.ACK.code()) {
                    droppedAcks.add(Wire.block(buffer));
                }
                continue;
            }
            if (towardsServer) {
                serverSide.send(buffer, server);
            } else if (client != null) {
                clientSide.send(buffer, client);
            }
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        selector.wakeup();
        thread.join(2000);
        selector.close();
        clientSide.close();
        serverSide.close();
    }
}
