package org.provgw.gateway.fakes;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

/**
 * A real UDP endpoint for tests: each datagram holds a file name; the answer is
 * {@code FOUND <provider> <content>}, {@code NOTFOUND}, {@code UNAVAILABLE <provider> <reason>},
 * {@code DENIED} or {@code BUSY}, and each request is reported to the access log. Names go through
 * the context's rewriter first, as every protocol's do ({@code DENIED <message>} when refused).
 */
final class ProbeEndpoint implements Endpoint {

    private final String name;
    private final InetSocketAddress listen;
    private final boolean failStart;
    private final EndpointContext context;
    private volatile DatagramSocket socket;
    private Thread receiver;

    ProbeEndpoint(String name, InetSocketAddress listen, boolean failStart, EndpointContext context) {
        this.name = name;
        this.listen = listen;
        this.failStart = failStart;
        this.context = context;
    }

    @Override
    public synchronized void start() throws IOException {
        if (failStart) {
            Events.record("endpoint " + name + " start failed");
            throw new IOException("cannot bind " + listen + ": told to fail");
        }
        socket = new DatagramSocket(listen);
        receiver = new Thread(this::receive, "probe-" + name);
        receiver.setDaemon(true);
        receiver.start();
        Events.record("endpoint " + name + " started");
    }

    @Override
    public List<InetSocketAddress> boundAddresses() {
        DatagramSocket s = socket;
        return s == null || s.isClosed() ? List.of() : List.of((InetSocketAddress) s.getLocalSocketAddress());
    }

    @Override
    public synchronized void stop() {
        Events.record("endpoint " + name + " stopped");
        if (socket != null) {
            socket.close();
        }
    }

    private void receive() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return;
            }
            String fileName = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            InetSocketAddress client = (InetSocketAddress) packet.getSocketAddress();
            Rewrite rewrite = context.rewriter().rewrite(fileName, Direction.READ, client, Protocol.TFTP);
            if (rewrite instanceof Rewrite.Denied denied) {
                reply(client, fileName, "-", "DENIED " + denied.message(), Outcome.DENIED, denied.message());
                continue;
            }
            try {
                FileRequest request = FileRequest.of(((Rewrite.Name) rewrite).name(), client, Protocol.TFTP);
                context.blockingExecutor().execute(() -> answer(request));
            } catch (IllegalPathException e) {
                reply(client, fileName, "-", "DENIED", Outcome.DENIED, e.getMessage());
            } catch (RejectedExecutionException e) {
                reply(client, fileName, "-", "BUSY", Outcome.BUSY, e.getMessage());
            }
        }
    }

    private void answer(FileRequest request) {
        Resolution resolution = context.resolver().resolve(request);
        if (resolution instanceof Resolution.Found found) {
            try (ProvidedFile file = found.file()) {
                ByteBuffer content = ByteBuffer.allocate((int) file.size());
                file.read(content, 0);
                String text = new String(content.array(), StandardCharsets.UTF_8);
                reply(request.client(), request.path(), found.provider(), "FOUND " + found.provider() + " " + text,
                        Outcome.COMPLETED, "");
            } catch (Exception e) {
                reply(request.client(), request.path(), found.provider(), "ERROR", Outcome.SERVER_ERROR, e.toString());
            }
        } else if (resolution instanceof Resolution.Unavailable unavailable) {
            reply(request.client(), request.path(), unavailable.provider(),
                    "UNAVAILABLE " + unavailable.provider() + " " + unavailable.reason(), Outcome.UNAVAILABLE,
                    unavailable.reason());
        } else {
            reply(request.client(), request.path(), "-", "NOTFOUND", Outcome.NOT_FOUND, "");
        }
    }

    /** Records before replying, so a client that got its answer can rely on the record being there. */
    private void reply(InetSocketAddress client, String file, String provider, String text, Outcome outcome,
                       String detail) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        context.accessLog().record(new AccessRecord(Protocol.TFTP, client, file, provider, bytes.length, 1, 0, 0,
                outcome, detail));
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, client));
        } catch (IOException e) {
            // the client will time out; this fake has nowhere better to report it
        }
    }
}
