package org.provgw.protocol;

import java.util.Set;
import org.provgw.provider.InvalidSettingException;

/**
 * Creates the endpoint of one protocol. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.provgw.protocol.ProtocolFactory}). The gateway enables a protocol
 * when the configuration sets its {@code <name>.listen} key. The class must be cheap to
 * instantiate and stateless.
 */
public interface ProtocolFactory {

    /** @return the protocol's name and key prefix, e.g. {@code tftp}; lowercase */
    String name();

    /**
     * @return the keys (relative to {@code <name>.}) this protocol understands; the gateway
     *     refuses to start on any other key under the prefix
     */
    Set<String> settingKeys();

    /**
     * Validates the settings and builds the endpoint, not yet started.
     *
     * @param context settings, provider chain, executor and access log
     * @return the endpoint, never {@code null}
     * @throws InvalidSettingException if a setting is missing or wrong
     */
    Endpoint create(EndpointContext context) throws InvalidSettingException;
}
