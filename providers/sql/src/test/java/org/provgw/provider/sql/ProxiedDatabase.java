package org.provgw.provider.sql;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * A database the provider reaches through a {@link TcpProxy}, so that a test can stop it for the
 * provider while writing to it directly: an H2 TCP server of the test's own, or a schema of its
 * own on the shared PostgreSQL or MariaDB server (which are never stopped).
 */
abstract class ProxiedDatabase implements AutoCloseable {

    final TcpProxy proxy;

    ProxiedDatabase(TcpProxy proxy) {
        this.proxy = proxy;
    }

    /** @return the lines of a configuration file for provider {@code sql} through the proxy */
    abstract Map<String, String> providerSettings();

    /** @return a direct connection (not through the proxy), auto-commit */
    abstract Connection connect() throws SQLException;

    /** Takes the database away from the provider: every connection is cut, new ones refused. */
    void stop() throws Exception {
        proxy.block();
    }

    /** Gives it back. */
    void restart() throws Exception {
        proxy.unblock();
    }

    @Override
    public abstract void close();

    /**
     * An H2 TCP server; stopping it stops the server itself (an H2 server whose remote sessions
     * are cut closes the database under the sessions that follow), restarting starts a new one on
     * the same files.
     */
    static ProxiedDatabase h2(Path dir) throws Exception {
        return new ProxiedDatabase(new TcpProxy(new InetSocketAddress("127.0.0.1", 1))) {
            private Server server = startServer();

            private Server startServer() throws SQLException {
                Server started = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists")
                        .start();
                proxy.retarget(new InetSocketAddress("127.0.0.1", started.getPort()));
                return started;
            }

            @Override
            void stop() {
                proxy.block();
                server.stop();
            }

            @Override
            void restart() throws Exception {
                server = startServer();
                proxy.unblock();
            }

            @Override
            Map<String, String> providerSettings() {
                return Map.of("url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/provgw;DB_CLOSE_DELAY=-1", "user", "sa",
                        "migrate", "true");
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/provgw;DB_CLOSE_DELAY=-1", "sa", "");
            }

            @Override
            public void close() {
                proxy.close();
                server.stop();
            }
        };
    }

    static ProxiedDatabase of(TestDatabase database, int serverPort) throws Exception {
        TcpProxy proxy = new TcpProxy(new InetSocketAddress("127.0.0.1", serverPort));
        return new ProxiedDatabase(proxy) {
            @Override
            Map<String, String> providerSettings() {
                Map<String, String> settings = database.settings();
                settings.put("url", settings.get("url").replace(":" + serverPort + "/", ":" + proxy.port() + "/"));
                return settings;
            }

            @Override
            Connection connect() throws SQLException {
                return database.connect();
            }

            @Override
            public void close() {
                proxy.close();
                database.close();
            }
        };
    }
}
