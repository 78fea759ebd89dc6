package org.provgw.ldap.connect;

import java.security.GeneralSecurityException;
import java.util.List;

import javax.net.SocketFactory;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RoundRobinServerSet;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;

import org.provgw.ldap.config.ConnectionSettings;
import org.provgw.ldap.config.LdapServer;
import org.provgw.ldap.config.ServerSelection;
import org.provgw.ldap.config.Transport;

/** Builds the connection pool that every directory operation of a provider goes through. */
final class ConnectionPools {

    private ConnectionPools() {
    }

    /**
     * Creates the pool without requiring a server to answer: a directory that is down at start
     * is reported by the first operation, and connections are made as soon as it is back.
     *
     * @param settings the connection settings
     * @return the pool
     * @throws LDAPException if the pool cannot be set up (not if the servers are down)
     * @throws GeneralSecurityException if the TLS setup fails
     */
    static LDAPConnectionPool create(ConnectionSettings settings) throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(millis(settings.connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(settings.searchTimeout().toMillis());
        // Asynchronous mode keeps the SDK's reader thread per connection, which notices a server
        // closing an idle connection, so that the pool does not hand out a dead one.
        options.setUseSynchronousMode(false);
        if (settings.transport() != Transport.PLAIN && settings.verifyHostname()) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        }
        SocketFactory sockets = settings.transport() == Transport.LDAPS
                ? TlsContexts.sslUtil(settings).createSSLSocketFactory() : null;
        PostConnectProcessor startTls = settings.transport() == Transport.START_TLS
                ? new TimedStartTls(TlsContexts.context(settings), settings.bindTimeout()) : null;
        BindRequest bind = settings.bind().map(credentials -> {
            SimpleBindRequest request = new SimpleBindRequest(credentials.dn(), credentials.password());
            request.setResponseTimeoutMillis(settings.bindTimeout().toMillis());
            return (BindRequest) request;
        }).orElse(null);
        ServerSet servers = serverSet(settings, sockets, options, bind, startTls);
        LDAPConnectionPool pool = new LDAPConnectionPool(servers, bind, 0, settings.maxConnections(), 1, null,
                false);
        pool.setConnectionPoolName("provgw-ldap");
        pool.setMaxWaitTimeMillis(settings.maxWait().toMillis());
        pool.setCreateIfNecessary(true);
        // A pooled connection to a server that went away fails once; the pool then retries on
        // a new connection, which the server set opens to the next server that answers.
        pool.setRetryFailedOperationsDueToInvalidConnections(true);
        // Connections are reopened from time to time so that a failover server is left for the
        // preferred one when that is back.
        pool.setMaxConnectionAgeMillis(10 * 60 * 1000L);
        return pool;
    }

    private static ServerSet serverSet(ConnectionSettings settings, SocketFactory sockets,
                                       LDAPConnectionOptions options, BindRequest bind,
                                       PostConnectProcessor startTls) {
        List<LdapServer> list = settings.servers();
        String[] hosts = list.stream().map(LdapServer::host).toArray(String[]::new);
        int[] ports = list.stream().mapToInt(LdapServer::port).toArray();
        return settings.selection() == ServerSelection.ROUND_ROBIN
                ? new RoundRobinServerSet(hosts, ports, sockets, options, bind, startTls)
                : new FailoverServerSet(hosts, ports, sockets, options, bind, startTls);
    }

    private static int millis(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    /**
     * @param e a failure
     * @return whether it means the server answered and refused the credentials
     */
    static boolean isRefusedBind(LDAPException e) {
        return e.getResultCode() == ResultCode.INVALID_CREDENTIALS
                || e.getResultCode() == ResultCode.INAPPROPRIATE_AUTHENTICATION;
    }
}
