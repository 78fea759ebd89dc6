package org.provgw.ldap.connect;

import java.io.File;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

import org.provgw.ldap.config.ConnectionSettings;
import org.provgw.ldap.config.TrustStore;
import org.provgw.ldap.config.TrustStoreType;

/** Builds the TLS context of LDAPS and StartTLS connections from the configured trust store. */
final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * @param settings the connection settings, with a TLS transport
     * @return the SSL utility that makes sockets and contexts trusting the configured certificates
     * @throws GeneralSecurityException if the trust store cannot be used
     */
    static SSLUtil sslUtil(ConnectionSettings settings) throws GeneralSecurityException {
        TrustManager trust;
        if (settings.trustStore().isEmpty()) {
            trust = JVMDefaultTrustManager.getInstance();
        } else {
            TrustStore store = settings.trustStore().get();
            File file = store.file().toFile();
            trust = store.type() == TrustStoreType.PEM ? new PEMFileTrustManager(file)
                    : new TrustStoreTrustManager(file, store.pin(), store.type().name(), true);
        }
        return new SSLUtil(trust);
    }

    /**
     * @param settings the connection settings, with a TLS transport
     * @return a context for StartTLS
     * @throws GeneralSecurityException if the trust store cannot be used
     */
    static SSLContext context(ConnectionSettings settings) throws GeneralSecurityException {
        return sslUtil(settings).createSSLContext();
    }
}
