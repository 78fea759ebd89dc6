import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;

/**
 * Is it safe for a TFTP transfer loop to write upload blocks itself? Compares, per block, the
 * cost of FileChannel.write into the page cache (what the loop does for each DATA) with the cost
 * of the network work the loop does for that block anyway (one UDP datagram sent and received on
 * loopback), and times the steps that are handed off to the look-up pool: the fsync of the
 * commit and the unlink of an abandoned upload. The maximum of the UDP column tells how much of
 * a write's maximum is the thread being descheduled (a loaded machine) rather than the disk.
 *
 * <pre>java bench/UploadWrites.java [DIR] [MiB]</pre>
 *
 * DIR defaults to the system temporary directory (use the file system uploads land on), MiB to
 * 64 per block size.
 */
public final class UploadWrites {

    private static final int[] BLOCK_SIZES = {512, 1428, 8192, 65464};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        long total = (args.length > 1 ? Long.parseLong(args[1]) : 64) << 20;
        System.out.printf("directory %s, %d MiB per block size%n%n", dir, total >> 20);
        System.out.printf("%-8s %11s %11s %11s %11s %11s %11s %11s %9s %9s %9s%n", "blksize", "write p50",
                "write p99", "write p99.9", "write max", "udp p50", "udp p99", "udp max", "p50 ratio", "fsync ms",
                "unlink ms");
        for (int blksize : BLOCK_SIZES) {
            run(dir, blksize, total);
        }
    }

    private static void run(Path dir, int blksize, long total) throws IOException {
        int blocks = (int) (total / blksize);
        ByteBuffer block = ByteBuffer.allocateDirect(blksize);
        byte[] random = new byte[blksize];
        new Random(blksize).nextBytes(random);
        block.put(random).flip();
        long[] writes = new long[blocks];
        Path file = Files.createTempFile(dir, ".upload-writes", ".tmp");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (int i = 0; i < blocks; i++) {
                block.rewind();
                long start = System.nanoTime();
                while (block.hasRemaining()) {
                    channel.write(block);
                }
                writes[i] = System.nanoTime() - start;
            }
            long syncStart = System.nanoTime();
            channel.force(true);
            double fsyncMs = (System.nanoTime() - syncStart) / 1e6;
            channel.close();
            long unlinkStart = System.nanoTime();
            Files.delete(file);
            double unlinkMs = (System.nanoTime() - unlinkStart) / 1e6;
            long[] udp = udpRoundTrips(blksize, Math.min(blocks, 20_000));
            Arrays.sort(writes);
            Arrays.sort(udp);
            System.out.printf("%-8d %9.1fus %9.1fus %9.1fus %9.1fus %9.1fus %9.1fus %9.1fus %9.2f %9.1f %9.1f%n",
                    blksize, us(pct(writes, 0.50)), us(pct(writes, 0.99)), us(pct(writes, 0.999)),
                    us(writes[writes.length - 1]), us(pct(udp, 0.50)), us(pct(udp, 0.99)), us(udp[udp.length - 1]),
                    (double) pct(writes, 0.50) / pct(udp, 0.50), fsyncMs, unlinkMs);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One datagram of the block's size sent to a second socket and received there, per block. */
    private static long[] udpRoundTrips(int blksize, int count) throws IOException {
        try (DatagramChannel a = DatagramChannel.open(); DatagramChannel b = DatagramChannel.open()) {
            a.bind(new InetSocketAddress("127.0.0.1", 0));
            b.bind(new InetSocketAddress("127.0.0.1", 0));
            InetSocketAddress to = (InetSocketAddress) b.getLocalAddress();
            ByteBuffer out = ByteBuffer.allocateDirect(blksize + 4);
            ByteBuffer in = ByteBuffer.allocateDirect(65536);
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                out.clear();
                in.clear();
                long start = System.nanoTime();
                a.send(out, to);
                b.receive(in);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static double us(long nanos) {
        return nanos / 1e3;
    }
}
