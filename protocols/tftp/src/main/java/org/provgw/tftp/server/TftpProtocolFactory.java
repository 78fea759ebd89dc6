package org.provgw.tftp.server;

import java.util.HashSet;
import java.util.Set;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/** Registers TFTP with the gateway: enabled by {@code tftp.listen}. */
public final class TftpProtocolFactory implements ProtocolFactory {

    @Override
    public String name() {
        return "tftp";
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new HashSet<>(TftpConfig.KEYS);
        keys.addAll(NetworkConfig.KEYS);
        keys.addAll(ServingConfig.KEYS);
        return Set.copyOf(keys);
    }

    @Override
    public Endpoint create(EndpointContext context) throws InvalidSettingException {
        Settings settings = context.settings();
        NetworkConfig network = NetworkConfig.from(settings);
        ServingConfig serving = ServingConfig.from(settings);
        checkUploadsArePrefixed(settings, network, serving);
        return new TftpEndpoint(TftpConfig.from(settings), network, serving, context, InheritedSocket.STANDARD_INPUT);
    }

    /** With tftp.path-prefixes an upload names its absolute path, which must be able to reach the upload root. */
    private static void checkUploadsArePrefixed(Settings settings, NetworkConfig network, ServingConfig serving)
            throws InvalidSettingException {
        if (network.pathPrefixes().isEmpty() || serving.uploads().isEmpty()) {
            return;
        }
        if (PathPrefixes.uploadPrefix(network.pathPrefixes(), serving.uploads().get().root()).isEmpty()) {
            throw settings.invalid("upload.root", "is inside none of tftp.path-prefixes (" + String.join(", ",
                    network.pathPrefixes()) + "), so no upload could name it");
        }
    }
}
