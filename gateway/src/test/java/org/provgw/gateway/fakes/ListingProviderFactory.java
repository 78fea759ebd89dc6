package org.provgw.gateway.fakes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provgw.provider.DeviceListing;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.FileRequest;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;

/**
 * Provider type {@code listing}: files like {@code memory} ({@code files = a=text}), and it lists
 * each file named like a device config as that device's file; {@code broken = SEP…} lists that
 * device with a problem; {@code down = true} makes every call fail like a backend that is down.
 */
public class ListingProviderFactory implements FileProviderFactory {

    @Override
    public String type() {
        return "listing";
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("files", "broken", "down");
    }

    @Override
    public FileProvider create(ProviderContext context) throws InvalidSettingException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String entry : context.settings().getList("files")) {
            int eq = entry.indexOf('=');
            files.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return new Listing(files, context.settings().get("broken"), context.settings().getBoolean("down", false));
    }

    private record Listing(Map<String, String> files, Optional<String> broken, boolean down)
            implements FileProvider, DeviceListing {

        @Override
        public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
            if (down) {
                throw new ProviderException("listing backend down");
            }
            String content = files.get(request.path());
            return Optional.ofNullable(content).map(c -> ProvidedFile.ofBytes(c.getBytes(StandardCharsets.UTF_8),
                    "L" + c.length(), Instant.EPOCH));
        }

        @Override
        public List<ListedDevice> listDevices() throws ProviderException {
            if (down) {
                throw new ProviderException("listing backend down");
            }
            List<ListedDevice> devices = new ArrayList<>();
            files.keySet().stream().filter(name -> name.startsWith("SEP")).sorted()
                    .forEach(name -> devices.add(ListedDevice.of(name.substring(0, 15), List.of(name))));
            broken.ifPresent(name -> devices.add(new ListedDevice(name, List.of(), Optional.of("its pool is missing"))));
            return devices;
        }

        @Override
        public void close() {
            Events.record("listing closed");
        }
    }
}
