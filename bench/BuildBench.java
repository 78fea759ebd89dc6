/*
 * bench/BuildBench.java: cold build rate and memory of the SQL provider, run by bench/build.sh
 * with the distribution's lib/ on the class path (java's single-file source launcher):
 *
 *   java -Xmx512m -cp 'dist/target/provgw/lib/*' bench/BuildBench.java h2|postgres DEVICES RUNS DIR STATIC
 *
 * It creates the shipped schema (H2 file database DIR/bench, or a schema of its own in the
 * PostgreSQL database "test" on 127.0.0.1:5432, dropped at the end), inserts DEVICES phones in
 * two pools (a quarter of them SIP, with two lines and a speed dial), then RUNS times opens a
 * fresh provider (empty cache) and builds every device's SEP<MAC>.cnf.xml from 16 threads, as the
 * gateway's look-up pool does, timing it. After the last run it measures the heap the cache
 * holds, and writes the first STATIC built files to DIR/static (with DIR/names.txt), for the
 * storm against static files of the same size.
 *
 * Prints one line: RESULT backend=... devices=... rates=r1,r2,... median=... mem_per_10k_mib=...
 */
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.Settings;
import org.provgw.provider.sql.SqlProviderFactory;

public class BuildBench {

    private static final int THREADS = 16;
    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.99", 49152);

    public static void main(String[] args) throws Exception {
        String backend = args[0];
        int devices = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path dir = Files.createDirectories(Path.of(args[3]));
        int staticFiles = Integer.parseInt(args[4]);
        Map<String, String> settings = new HashMap<>(Map.of("migrate", "true", "sample-data", "false",
                "poll-interval", "1h", "query-timeout", "30s", "pool.connect-timeout", "10s"));
        String schema = null;
        String url;
        String user;
        if (backend.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath();
            user = "provgw";
        } else {
            schema = "provgw_bench_" + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                    (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
            url = "jdbc:postgresql://127.0.0.1:5432/test";
            user = "postgres";
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            settings.put("schema", schema);
        }
        settings.put("url", url);
        settings.put("user", user);
        try {
            open(settings, dir).close(); // migrates
            insert(url, user, schema, devices);
            List<Double> rates = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (FileProvider provider = open(settings, dir)) {
                    rates.add(buildAll(provider, devices));
                }
            }
            double perTenK;
            try (FileProvider provider = open(settings, dir)) {
                long before = usedHeapAfterGc();
                buildAll(provider, devices);
                long after = usedHeapAfterGc();
                perTenK = (after - before) * 10_000.0 / devices / (1024 * 1024);
                if (staticFiles > 0) {
                    writeStatic(provider, Math.min(staticFiles, devices), dir);
                }
            }
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "RESULT backend=%s devices=%d rates=%s median=%.0f mem_per_10k_mib=%.1f%n",
                    backend, devices, String.join(",", rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r))
                            .toList()), sorted.get(sorted.size() / 2), perTenK);
        } finally {
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static FileProvider open(Map<String, String> settings, Path dir) throws Exception {
        return new SqlProviderFactory().create(new ProviderContext("bench",
                Settings.of(settings, "provider.bench.", dir, "bench")));
    }

    static String mac(int i) {
        return String.format("00AA%08X", i);
    }

    /** @return devices built per second, from {@value #THREADS} threads */
    private static double buildAll(FileProvider provider, int devices) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < devices; i = next.getAndIncrement()) {
                    try (ProvidedFile file = provider.find(FileRequest.of("SEP" + mac(i) + ".cnf.xml", CLIENT,
                            Protocol.TFTP)).orElseThrow(() -> new IllegalStateException("not built"))) {
                        if (file.size() == 0) {
                            throw new IllegalStateException("empty");
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return devices / seconds;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void writeStatic(FileProvider provider, int count, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("static"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "SEP" + mac(i) + ".cnf.xml";
            try (ProvidedFile file = provider.find(FileRequest.of(name, CLIENT, Protocol.TFTP)).orElseThrow()) {
                ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
                while (buffer.hasRemaining() && file.read(buffer, buffer.position()) > 0) {
                    // to the end
                }
                Files.write(out.resolve(name), buffer.array());
            }
            names.add(name);
        }
        Files.write(dir.resolve("names.txt"), names);
    }

    private static void insert(String url, String user, String schema, int devices) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (schema != null) {
                c.setSchema(schema);
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO cluster_settings (id, auto_registration, auto_registration_pool, directory_url)"
                        + " VALUES (1, TRUE, 'HQ', 'http://192.0.2.40/dir')");
                s.execute("INSERT INTO call_manager (name, address) VALUES ('cm1', '192.0.2.11'), ('cm2', '192.0.2.12'),"
                        + " ('cm3', '198.51.100.11')");
                s.execute("INSERT INTO call_manager_group (name) VALUES ('HQ Group'), ('Branch Group')");
                s.execute("INSERT INTO call_manager_group_member VALUES ('HQ Group', 0, 'cm1'), ('HQ Group', 1, 'cm2'),"
                        + " ('Branch Group', 0, 'cm3'), ('Branch Group', 1, 'cm1')");
                s.execute("INSERT INTO date_time_setting (name, date_template, time_zone) VALUES"
                        + " ('HQ Time', 'M/D/YA', 'Eastern Standard/Daylight Time'),"
                        + " ('Branch Time', 'D.M.Y', 'W. Europe Standard/Daylight Time')");
                s.execute("INSERT INTO ntp_server VALUES ('HQ Time', 1, '192.0.2.123'), ('Branch Time', 1, '198.51.100.123')");
                s.execute("INSERT INTO device_pool (name, date_time_setting, call_manager_group) VALUES"
                        + " ('HQ', 'HQ Time', 'HQ Group'), ('Branch', 'Branch Time', 'Branch Group')");
                s.execute("INSERT INTO phone_model (name, type_code, default_load) VALUES"
                        + " ('Cisco 7941', 115, 'SCCP41.9-4-2SR3-1S'), ('Cisco 7942', 434, 'SCCP42.9-4-2SR3-1S'),"
                        + " ('Cisco 7965', 436, 'SCCP45.9-4-2SR3-1S'), ('Cisco 8841', 683, 'sip88xx.14-2-1-0201-45')");
                s.execute("INSERT INTO user_locale VALUES ('English_United_States', 'en_US', 'iso-8859-1')");
            }
            String[] models = {"Cisco 7941", "Cisco 7942", "Cisco 7965", "Cisco 8841"};
            try (PreparedStatement device = c.prepareStatement("INSERT INTO device (name, description, model, protocol,"
                    + " device_pool, user_locale, network_locale) VALUES (?, ?, ?, ?, ?, 'English_United_States',"
                    + " 'United_States')");
                 PreparedStatement line = c.prepareStatement("INSERT INTO sip_line (device, button, directory_number,"
                         + " label, display_name, auth_name, auth_password) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement dial = c.prepareStatement("INSERT INTO speed_dial (device, position, dial_number,"
                         + " label) VALUES (?, 1, '911', 'Emergency')")) {
                for (int i = 0; i < devices; i++) {
                    String name = "SEP" + mac(i);
                    boolean sip = i % 4 == 3;
                    device.setString(1, name);
                    device.setString(2, "bench " + i);
                    device.setString(3, models[i % 4]);
                    device.setString(4, sip ? "SIP" : "SCCP");
                    device.setString(5, i % 3 == 0 ? "Branch" : "HQ");
                    device.addBatch();
                    if (sip) {
                        for (int b = 1; b <= 2; b++) {
                            String dn = String.valueOf(100000 + i * 2 + b);
                            line.setString(1, name);
                            line.setInt(2, b);
                            line.setString(3, dn);
                            line.setString(4, "Line " + dn);
                            line.setString(5, "User " + i);
                            line.setString(6, dn);
                            line.setString(7, "secret-" + dn);
                            line.addBatch();
                        }
                        dial.setString(1, name);
                        dial.addBatch();
                    }
                    if (i % 1000 == 999 || i == devices - 1) {
                        device.executeBatch();
                        line.executeBatch();
                        dial.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }
}
