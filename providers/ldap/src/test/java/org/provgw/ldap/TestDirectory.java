package org.provgw.ldap;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.schema.Schema;

import org.provgw.cisco.serve.ServeSettings;
import org.provgw.ldap.config.LdapSettings;
import org.provgw.provider.Settings;

/**
 * An UnboundID in-memory directory server for tests, on 127.0.0.1 and a port the system chose,
 * with the standard schema plus RFC 2307's ieee802Device and the shipped provgw schema (read from
 * {@code src/main/ldif}, so that the file itself is what the tests check), loaded from LDIF.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final Path SCHEMA = Path.of("src/main/ldif/provgw-schema.ldif");
    static final Path SAMPLE = Path.of("src/main/ldif/provgw-sample.ldif");
    static final Path FIXTURE = Path.of("src/test/resources/ldif/fixture.ldif");
    static final Path RFC2307 = Path.of("src/test/resources/ldif/rfc2307-ieee802.ldif");
    static final String MANAGER = "cn=Directory Manager";
    static final String MANAGER_PASSWORD = "manager-secret";

    private static final Pattern ONE_DEVICE = Pattern.compile("\\(macAddress=[^*)]");

    private final List<String> searches = new CopyOnWriteArrayList<>();
    private InMemoryDirectoryServer server;
    private int port;
    private Consumer<InMemoryDirectoryServerConfig> customize = config -> { };

    private TestDirectory() {
    }

    /** @return a started server holding the entries of the given LDIF files */
    static TestDirectory start(Path... ldif) throws Exception {
        return start(config -> { }, ldif);
    }

    /** A server configured further by {@code customize} (size limits, root DSE, interceptors). */
    static TestDirectory start(Consumer<InMemoryDirectoryServerConfig> customize, Path... ldif) throws Exception {
        TestDirectory directory = new TestDirectory();
        directory.customize = customize;
        directory.server = new InMemoryDirectoryServer(directory.config(0));
        for (Path file : ldif) {
            directory.server.importFromLDIF(false, file.toFile());
        }
        directory.listen();
        return directory;
    }

    private InMemoryDirectoryServerConfig config(int port) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(schema());
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                InetAddress.getLoopbackAddress(), port, null));
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
                searches.add(request.getRequest().getFilter().toString());
            }
        });
        customize.accept(config);
        return config;
    }

    static Schema schema() throws Exception {
        return Schema.mergeSchemas(Schema.getDefaultStandardSchema(), SchemaLdif.read(RFC2307),
                SchemaLdif.read(SCHEMA));
    }

    private void listen() throws Exception {
        server.startListening();
        port = server.getListenPort();
    }

    /** @return the filter of every search the server received, in order */
    List<String> searches() {
        return List.copyOf(searches);
    }

    /** @return how many searches looked for one device by MAC (not the listings of all devices) */
    long deviceSearches() {
        return searches.stream().filter(f -> ONE_DEVICE.matcher(f).find()).count();
    }

    int port() {
        return port;
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    InMemoryDirectoryServer server() {
        return server;
    }

    /** Stops listening and drops every connection: the directory is down. */
    void stop() {
        server.shutDown(true);
    }

    /** A server with the same entries listens again on the same port: the directory is back. */
    void restart() throws Exception {
        InMemoryDirectoryServer again = new InMemoryDirectoryServer(config(port));
        again.addEntries(server.search(BASE, SearchScope.SUB, "(objectClass=*)").getSearchEntries().stream()
                .sorted(Comparator.comparingInt(e -> e.getDN().split(",").length)).map(e -> (Entry) e).toList());
        server = again;
        listen();
    }

    /** Replaces an attribute's values, as an administrator would. */
    void replace(String dn, String attribute, String... values) throws Exception {
        // Straight into the server, so that it works while the server does not listen.
        server.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
    }

    /** The settings of a provider reading this directory, anonymously, plus {@code extra}. */
    Settings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("url", url());
        values.put("base", BASE);
        values.putAll(extra);
        return Settings.of(values, "provider.dir.", Path.of("."), "test.properties");
    }

    /** A source reading this directory with the default mapping plus {@code extra}. */
    LdapDeviceSource source(Map<String, String> extra) throws Exception {
        return LdapDeviceSource.open(LdapSettings.parse(settings(extra), name -> null, ServeSettings.KEYS));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
