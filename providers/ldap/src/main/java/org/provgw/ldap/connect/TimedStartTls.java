package org.provgw.ldap.connect;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPExtendedOperationException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * StartTLS on every new connection, before the bind, answered within the bind timeout: the SDK's
 * own processor waits for the connect timeout instead, which is not what
 * {@code timeout.bind} promises.
 */
final class TimedStartTls implements PostConnectProcessor {

    private final SSLContext context;
    private final long timeoutMillis;

    TimedStartTls(SSLContext context, Duration timeout) {
        this.context = Objects.requireNonNull(context, "context");
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void processPreAuthenticatedConnection(LDAPConnection connection) throws LDAPException {
        StartTLSExtendedRequest request = new StartTLSExtendedRequest(context);
        request.setResponseTimeoutMillis(timeoutMillis);
        ExtendedResult result = connection.processExtendedOperation(request);
        if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new LDAPExtendedOperationException(result);
        }
    }

    @Override
    public void processPostAuthenticatedConnection(LDAPConnection connection) {
        // Nothing after the bind: TLS is already in place.
    }
}
