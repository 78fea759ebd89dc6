package org.provgw.tftp.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;

/**
 * A small, scriptable TFTP read server for client tests, on plain blocking {@link DatagramChannel}s
 * bound to 127.0.0.1:0: a listener thread, and one thread and one channel (a new port, the TID)
 * per transfer. It serves fixed bytes, answers blksize/windowsize/tsize with an OACK, sends
 * RFC 7440 windows and goes back to the block after any ACK it receives; and it can be told to
 * misbehave.
 */
final class FakeTftpServer implements AutoCloseable {
    private final String host;
    private final DatagramChannel listener;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<DatagramChannel> channels = new CopyOnWriteArrayList<>();
    private final Thread thread;

    // knobs
    /** Absolute DATA block numbers (1-based, not wrapped) to drop on their first transmission. */
    final Set<Long> dropDataOnce = ConcurrentHashMap.newKeySet();
    /** Absolute block numbers whose first ACK the server pretends not to have received. */
    final Set<Long> ignoreAckOnce = ConcurrentHashMap.newKeySet();
    volatile boolean silent;
    /** Stop answering after sending this many DATA packets (0 = never). */
    volatile int goSilentAfterData;
    /** When set, sent instead of the computed OACK. */
    volatile Map<String, String> oackOverride;
    /** After the client ACKs block 1, a DATA 2 with wrong bytes comes from another port first. */
    volatile boolean strangerAfterFirstAck;
    volatile int retransmitMillis = 3000;
    /** Answer requests with options as RFC 1350 servers do: DATA 1 at once, defaults. */
    volatile boolean ignoreOptions;

    // observations
    final AtomicInteger requests = new AtomicInteger();
    volatile InetSocketAddress lastClient;
    final List<ReadRequest> requestsSeen = new CopyOnWriteArrayList<>();
    /** Every ACK block number received by any transfer, in arrival order. */
    final List<Integer> acks = new CopyOnWriteArrayList<>();
    final List<ErrorPacket> errorsFromClient = new CopyOnWriteArrayList<>();
    final List<TftpPacket> strangerReplies = new CopyOnWriteArrayList<>();
    final AtomicInteger serverRetransmits = new AtomicInteger();
    final AtomicInteger active = new AtomicInteger();

    FakeTftpServer() throws IOException {
        this("127.0.0.1");
    }

    /** @param host the address to bind, port 0; transfers bind the same address */
    FakeTftpServer(String host) throws IOException {
        this.host = host;
        listener = DatagramChannel.open();
        listener.bind(new InetSocketAddress(host, 0));
        thread = new Thread(this::listen, "fake-tftp-listener");
        thread.setDaemon(true);
        thread.start();
    }

    FakeTftpServer file(String name, byte[] content) {
        files.put(name, content.clone());
        return this;
    }

    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) listener.getLocalAddress();
    }

    private void listen() {
        ByteBuffer buf = ByteBuffer.allocate(65536);
        try {
            while (true) {
                buf.clear();
                InetSocketAddress client = (InetSocketAddress) listener.receive(buf);
                buf.flip();
                lastClient = client;
                requests.incrementAndGet();
                TftpPacket packet;
                try {
                    packet = TftpCodec.decode(buf);
                } catch (TftpProtocolException e) {
                    continue;
                }
                if (packet instanceof ReadRequest rrq && !silent) {
                    requestsSeen.add(rrq);
                    DatagramChannel tid = DatagramChannel.open().bind(new InetSocketAddress(host, 0));
                    channels.add(tid);
                    Thread t = new Thread(() -> serve(tid, client, rrq), "fake-tftp-transfer");
                    t.setDaemon(true);
                    t.start();
                }
            }
        } catch (ClosedChannelException e) {
            // closed by the test
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void serve(DatagramChannel tid, InetSocketAddress client, ReadRequest rrq) {
        active.incrementAndGet();
        try {
            new Sender(tid, client, rrq).run();
        } catch (IOException e) {
            // closed by the test, or the client went away
        } finally {
            active.decrementAndGet();
            try {
                tid.close();
            } catch (IOException e) {
                // nothing to flush
            }
        }
    }

    /** One transfer: negotiate, then windows until the last block is acknowledged. */
    private final class Sender {
        private final DatagramChannel tid;
        private final InetSocketAddress client;
        private final ReadRequest rrq;
        private final byte[] in = new byte[65536];
        private int dataSent;
        private int blksize;

        Sender(DatagramChannel tid, InetSocketAddress client, ReadRequest rrq) throws IOException {
            this.tid = tid;
            this.client = client;
            this.rrq = rrq;
            tid.socket().setSoTimeout(retransmitMillis);
        }

        void run() throws IOException {
            byte[] content = files.get(rrq.filename());
            if (content == null) {
                send(new ErrorPacket(TftpErrorCode.FILE_NOT_FOUND, "File not found"));
                return;
            }
            Map<String, String> agreed = Map.of();
            if (!rrq.options().isEmpty() && !ignoreOptions) {
                agreed = negotiate(rrq.options(), content.length);
                if (agreed == null) {
                    return;
                }
            }
            blksize = Integer.parseInt(agreed.getOrDefault("blksize", "512"));
            int window = Integer.parseInt(agreed.getOrDefault("windowsize", "1"));
            long total = content.length / blksize + 1;
            long next = 1;
            int attempts = 0;
            while (attempts <= 5) {
                long last = Math.min(next + window - 1, total);
                for (long b = next; b <= last; b++) {
                    if (!dropDataOnce.remove(b)) {
                        int from = (int) ((b - 1) * blksize);
                        int to = Math.min(from + blksize, content.length);
                        sendData(b, java.util.Arrays.copyOfRange(content, from, to));
                    }
                }
                long acked = awaitAck(next - 1, last);
                if (acked == -2) {
                    return;
                }
                if (acked < 0) {
                    attempts++;
                    serverRetransmits.incrementAndGet();
                    continue;
                }
                attempts = 0;
                if (acked == total) {
                    return;
                }
                next = acked + 1;
            }
        }

        /** @return the options in force, or null when the client refused them or went away */
        private Map<String, String> negotiate(Map<String, String> asked, int size) throws IOException {
            Map<String, String> answer = new java.util.LinkedHashMap<>(asked);
            answer.replace("tsize", Integer.toString(size));
            answer.remove("timeout");
            if (oackOverride != null) {
                answer = oackOverride;
            }
            for (int attempt = 0; attempt <= 5; attempt++) {
                send(new OptionAck(answer));
                long acked = awaitAck(0, 0);
                if (acked == 0) {
                    return answer;
                }
                if (acked == -2) {
                    return null;
                }
            }
            return null;
        }

        /** @return the absolute block acknowledged in [low, high], -1 on timeout, -2 on ERROR */
        private long awaitAck(long low, long high) throws IOException {
            while (true) {
                DatagramPacket datagram = new DatagramPacket(in, in.length);
                try {
                    tid.socket().receive(datagram);
                } catch (SocketTimeoutException e) {
                    return -1;
                }
                if (!datagram.getSocketAddress().equals(client)) {
                    continue;
                }
                TftpPacket packet;
                try {
                    packet = TftpCodec.decode(ByteBuffer.wrap(in, 0, datagram.getLength()));
                } catch (TftpProtocolException e) {
                    continue;
                }
                if (packet instanceof ErrorPacket e) {
                    errorsFromClient.add(e);
                    return -2;
                }
                if (packet instanceof Ack ack) {
                    acks.add(ack.block());
                    long b = acknowledged(ack.block(), low, high);
                    if (b >= 0 && !ignoreAckOnce.remove(b)) {
                        if (b == 1 && strangerAfterFirstAck) {
                            strangerAfterFirstAck = false;
                            stranger();
                        }
                        return b;
                    }
                }
            }
        }

        private long acknowledged(int wire, long low, long high) {
            for (long b = low; b <= high; b++) {
                if ((b & 0xFFFF) == wire) {
                    return b;
                }
            }
            return -1;
        }

        /** A full-size DATA 2 with wrong bytes from another port; records what the client answers. */
        private void stranger() throws IOException {
            try (DatagramChannel other = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
                other.socket().setSoTimeout(2000);
                other.send(TftpCodec.encode(new Data(2, new byte[blksize])), client);
                byte[] reply = new byte[1024];
                DatagramPacket datagram = new DatagramPacket(reply, reply.length);
                try {
                    other.socket().receive(datagram);
                    strangerReplies.add(TftpCodec.decode(ByteBuffer.wrap(reply, 0, datagram.getLength())));
                } catch (SocketTimeoutException | TftpProtocolException e) {
                    // no or bad answer: the test sees an empty list
                }
            }
        }

        private void sendData(long block, byte[] payload) throws IOException {
            if (goSilentAfterData > 0 && dataSent >= goSilentAfterData) {
                return;
            }
            dataSent++;
            send(new Data((int) (block & 0xFFFF), payload));
        }

        private void send(TftpPacket packet) throws IOException {
            tid.send(TftpCodec.encode(packet), client);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (DatagramChannel c : channels) {
            c.close();
        }
    }
}
