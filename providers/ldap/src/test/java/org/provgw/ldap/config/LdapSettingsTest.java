package org.provgw.ldap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.unboundid.ldap.sdk.SearchScope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/** Every key is read with its default, and every wrong value stops the start naming key, value and file. */
class LdapSettingsTest {

    private static final String SECRET = "s3cr3t-password";

    @TempDir
    Path dir;

    private LdapSettings parse(Map<String, String> extra) throws InvalidSettingException {
        Map<String, String> values = new HashMap<>(Map.of("url", "ldap://dir1.example.com", "base", "dc=example,dc=com"));
        values.putAll(extra);
        return LdapSettings.parse(Settings.of(values, "provider.dir.", dir, "conf/provgw.properties"),
                name -> name.equals("LDAP_PW") ? SECRET : null, Set.of("poll-interval"));
    }

    private InvalidSettingException refused(Map<String, String> extra) {
        return assertThrows(InvalidSettingException.class, () -> parse(extra));
    }

    @Test
    void defaults() throws Exception {
        LdapSettings settings = parse(Map.of());
        ConnectionSettings connection = settings.connection();
        assertEquals(List.of(new LdapServer("dir1.example.com", 389)), connection.servers());
        assertEquals(ServerSelection.FAILOVER, connection.selection());
        assertEquals(Transport.PLAIN, connection.transport());
        assertTrue(connection.verifyHostname());
        assertTrue(connection.bind().isEmpty());
        assertEquals(Duration.ofSeconds(5), connection.connectTimeout());
        assertEquals(Duration.ofSeconds(5), connection.bindTimeout());
        assertEquals(Duration.ofSeconds(10), connection.searchTimeout());
        assertEquals(8, connection.maxConnections());
        assertEquals(500, connection.pageSize());
        MappingSettings mapping = settings.mapping();
        assertEquals(SearchScope.SUB, mapping.scope());
        assertEquals("(objectClass=*)", mapping.filter().toString());
        assertEquals(Set.of(DeviceMatch.MAC_ADDRESS, DeviceMatch.CN), mapping.match());
        assertEquals("cn=provgw,dc=example,dc=com", mapping.clusterDn().toString());
        assertEquals(mapping.base(), mapping.poolBase());
        assertEquals(ChangeDetection.AUTO, mapping.changes());
        assertEquals("macAddress", mapping.name(MappedAttribute.MAC_ADDRESS));
        assertEquals("provgwModel", mapping.name(MappedAttribute.MODEL));
    }

    @Test
    void severalServersLdapsRoundRobinAndRenamedAttributes() throws Exception {
        LdapSettings settings = parse(Map.of("url", "ldaps://a.example.com, ldaps://[2001:db8::7]:1636",
                "servers", "round-robin", "scope", "one", "filter", "(objectClass=ciscoPhone)", "match", "cn",
                "attribute.model", "ciscoModel", "changes", "modify-timestamp"));
        assertEquals(List.of(new LdapServer("a.example.com", 636), new LdapServer("2001:db8::7", 1636)),
                settings.connection().servers());
        assertEquals(Transport.LDAPS, settings.connection().transport());
        assertEquals(ServerSelection.ROUND_ROBIN, settings.connection().selection());
        assertEquals(SearchScope.ONE, settings.mapping().scope());
        assertEquals(Set.of(DeviceMatch.CN), settings.mapping().match());
        assertEquals("ciscoModel", settings.mapping().name(MappedAttribute.MODEL));
        assertEquals(ChangeDetection.MODIFY_TIMESTAMP, settings.mapping().changes());
    }

    @Test
    void thePasswordComesFromAFileWithoutItsNewlineAndIsNeverPrinted() throws Exception {
        Files.writeString(dir.resolve("ldap.secret"), SECRET + "\n");
        BindCredentials bind = parse(Map.of("bind.dn", "cn=provgw,ou=services,dc=example,dc=com",
                "bind.password-file", "ldap.secret")).connection().bind().orElseThrow();
        assertEquals(SECRET, bind.password());
        assertFalse(bind.toString().contains(SECRET), bind.toString());
        assertTrue(bind.toString().contains("ldap.secret"), bind.toString());
    }

    @Test
    void thePasswordComesFromAnEnvironmentVariable() throws Exception {
        BindCredentials bind = parse(Map.of("bind.dn", "cn=provgw,dc=example,dc=com", "bind.password-env", "LDAP_PW"))
                .connection().bind().orElseThrow();
        assertEquals(SECRET, bind.password());
        assertEquals("environment variable LDAP_PW", bind.passwordOrigin());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "url; http://dir.example.com; not an LDAP URL such as ldap://host:389",
        "url; ldapi://%2fvar%2frun%2fslapd; only ldap:// and ldaps://",
        "url; ldap://; names no host",
        "url; ldap://dir.example.com/dc=example,dc=com; give the server only",
        "url; ldap://a.example.com, ldaps://b.example.com; mixes ldap:// and ldaps://",
        "url; not a url; not an LDAP URL",
        "servers; random; expected one of",
        "start-tls; maybe; expected true or false",
        "timeout.connect; 10; must be between",
        "timeout.search; soon; expected a duration",
        "connections.max; 0; must be between",
        "base; not a dn; not a valid DN",
        "scope; children; expected base, one or sub",
        "filter; (objectClass=*; not a valid LDAP filter",
        "match; uid; expected mac-address, cn or both",
        "attribute.model; model name; not an attribute name",
        "changes; push; expected one of",
        "bind.dn; cn=provgw,dc=example,dc=com; needs a password",
        "bind.password-file; ldap.secret; needs provider.dir.bind.dn",
        "trust-store; missing.p12; is not a readable file",
        "trust-store.type; pem; needs provider.dir.trust-store",
        "colour; blue; unknown setting",
    })
    void wrongValuesAreRefusedWithKeyValueAndFile(String key, String value, String reason) {
        InvalidSettingException e = refused(Map.of(key, value));
        assertTrue(e.getMessage().startsWith("conf/provgw.properties: provider.dir."), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theKeyOfAWrongValueIsReported() {
        assertEquals("provider.dir.timeout.bind", refused(Map.of("timeout.bind", "forever")).key());
        assertEquals("forever", refused(Map.of("timeout.bind", "forever")).value());
    }

    @Test
    void passwordSourcesAreCheckedWithoutRevealingThePassword() throws Exception {
        Files.writeString(dir.resolve("empty.secret"), "\n");
        Files.writeString(dir.resolve("two-lines.secret"), SECRET + "\nsecond\n");
        String dn = "cn=provgw,dc=example,dc=com";
        assertTrue(refused(Map.of("bind.dn", dn, "bind.password-file", "empty.secret")).getMessage()
                .contains("holds no password"));
        InvalidSettingException twoLines = refused(Map.of("bind.dn", dn, "bind.password-file", "two-lines.secret"));
        assertFalse(twoLines.getMessage().contains(SECRET), twoLines.getMessage());
        assertTrue(refused(Map.of("bind.dn", dn, "bind.password-file", "absent.secret")).getMessage()
                .contains("cannot read"));
        assertTrue(refused(Map.of("bind.dn", dn, "bind.password-env", "UNSET_VARIABLE")).getMessage()
                .contains("is not set or empty"));
        assertTrue(refused(Map.of("bind.dn", dn, "bind.password-env", "LDAP_PW", "bind.password-file", "x"))
                .getMessage().contains("not both"));
    }

    @Test
    void startTlsOverLdapsIsRefused() {
        assertTrue(refused(Map.of("url", "ldaps://a.example.com", "start-tls", "true")).getMessage()
                .contains("ldaps:// is TLS already"));
    }

    @Test
    void keysOfTheServingLayerAreAccepted() throws Exception {
        parse(Map.of("poll-interval", "5s"));
    }

    @Test
    void everyAcceptedKeyIsDocumentedInTheKeyList() {
        Set<String> keys = LdapKeys.all();
        assertTrue(keys.contains("attribute.line.auth-password"));
        assertTrue(keys.contains("trust-store.password"));
        assertEquals(25 + MappedAttribute.values().length + 1, keys.size());
    }
}
