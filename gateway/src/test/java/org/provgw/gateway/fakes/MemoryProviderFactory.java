package org.provgw.gateway.fakes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;
import org.provgw.provider.Settings;

/**
 * Provider type {@code memory}: {@code files = a.txt=hello, b.txt=world};
 * {@code fail-create = true} makes creation fail like an unreachable backend.
 */
public class MemoryProviderFactory implements FileProviderFactory {

    public static final String TYPE = "memory";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("files", "fail-create");
    }

    @Override
    public FileProvider create(ProviderContext context) throws InvalidSettingException, ProviderException {
        Settings settings = context.settings();
        Map<String, String> files = new LinkedHashMap<>();
        for (String entry : settings.getList("files")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw settings.invalid("files", "expected path=content, got '" + entry + "'");
            }
            files.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        if (settings.getBoolean("fail-create", false)) {
            Events.record("provider " + context.instanceName() + " failed");
            throw new ProviderException("backend of " + context.instanceName() + " unreachable");
        }
        Events.record("provider " + context.instanceName() + " created");
        return new MemoryProvider(context.instanceName(), files);
    }
}
