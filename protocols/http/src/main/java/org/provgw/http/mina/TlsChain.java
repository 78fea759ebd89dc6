package org.provgw.http.mina;

import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.filterchain.IoFilterChain;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.ssl.SslFilter;

/**
 * The TLS filter of the HTTPS listener, and how a TLS session ends.
 *
 * <p>MINA's {@link SslFilter} names the engine after the client's host name, which costs a
 * reverse DNS look-up on the I/O thread for every connection; this one uses the address as
 * written. Only the configured protocols (TLS 1.2 and 1.3) are enabled, no client certificate is
 * asked for.
 */
final class TlsChain {

    /** The filter's name in the chain. */
    static final String NAME = "tls";

    private static final Logger LOG = LogManager.getLogger(TlsChain.class);

    private TlsChain() {
    }

    /**
     * @param context the server's keys and trust
     * @param protocols the protocols to enable, e.g. {@code TLSv1.3}
     * @return a filter for one listener's sessions
     */
    static SslFilter filter(SSLContext context, List<String> protocols) {
        String[] enabled = protocols.toArray(String[]::new);
        return new SslFilter(context) {
            @Override
            protected SSLEngine createEngine(IoSession session, InetSocketAddress address) {
                SSLEngine engine = address == null ? sslContext.createSSLEngine()
                        : sslContext.createSSLEngine(address.getHostString(), address.getPort());
                engine.setEnabledProtocols(enabled);
                engine.setUseClientMode(false);
                return engine;
            }
        };
    }

    /**
     * Ends a TLS session with a close_notify, then closes once it is written: removing the filter
     * makes it close its engine and send the alert. Every response must have been sent first.
     *
     * @param session the session
     */
    static void closeGracefully(IoSession session) {
        IoFilterChain chain = session.getFilterChain();
        try {
            if (chain.contains(NAME)) {
                chain.remove(NAME);
            }
        } catch (RuntimeException e) {
            LOG.debug("close_notify to {} failed: {}", session.getRemoteAddress(), e.toString());
        }
        session.closeOnFlush();
    }
}
