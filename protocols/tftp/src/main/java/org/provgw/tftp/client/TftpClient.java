package org.provgw.tftp.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One read transfer at a time, on the calling thread: for tests and tools that need a file, not
 * a load. Same engine as {@link LoadGenerator}.
 *
 * <pre>{@code
 * TftpClient.Download d = TftpClient.download(new InetSocketAddress("127.0.0.1", port),
 *         "SEP001122334455.cnf.xml", ClientSettings.DEFAULT);
 * assertTrue(d.result().ok());
 * byte[] content = d.content();
 * }</pre>
 */
public final class TftpClient {

    /**
     * A finished download.
     *
     * @param result how the transfer went
     * @param content the bytes received in order (all of them only when the result is ok)
     */
    public record Download(TransferResult result, byte[] content) {
        public Download {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private TftpClient() {
    }

    /**
     * Reads one file into a sink.
     *
     * @param server the server's request address
     * @param filename the name to request
     * @param settings options, timeout and retries
     * @param sink receives the blocks in order
     * @return how the transfer went
     * @throws IOException if the client's selector fails
     * @throws IllegalArgumentException if the server address is unresolved
     */
    public static TransferResult fetch(InetSocketAddress server, String filename, ClientSettings settings,
            BlockSink sink) throws IOException {
        if (server.isUnresolved()) {
            throw new IllegalArgumentException("server address is not resolved: " + server);
        }
        AtomicBoolean handedOut = new AtomicBoolean();
        AtomicReference<TransferResult> result = new AtomicReference<>();
        new ClientLoop(server, settings, name -> sink, () -> handedOut.getAndSet(true) ? null : filename, 1,
                result::set).runToCompletion();
        return result.get();
    }

    /**
     * Reads one file into memory.
     *
     * @param server the server's request address
     * @param filename the name to request
     * @param settings options, timeout and retries
     * @return the result and the bytes received
     * @throws IOException if the client's selector fails
     */
    public static Download download(InetSocketAddress server, String filename, ClientSettings settings)
            throws IOException {
        ByteArraySink sink = new ByteArraySink();
        TransferResult result = fetch(server, filename, settings, sink);
        return new Download(result, sink.toByteArray());
    }
}
