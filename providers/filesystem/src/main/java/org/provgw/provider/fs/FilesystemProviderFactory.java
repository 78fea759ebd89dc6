package org.provgw.provider.fs;

import java.util.Set;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.fs.internal.FilesystemProvider;
import org.provgw.provider.fs.internal.FilesystemSettings;

/**
 * The {@code filesystem} provider: static files under a root directory, as tftpd-hpa serves them,
 * plus up to ten alternate directories searched in order after the root, as CallManager's
 * "Alternate File Location 1–10".
 *
 * <p>Settings, relative to {@code provider.<name>.}:
 * <ul>
 *   <li>{@code root} (required): an existing readable directory; relative paths resolve against
 *       the configuration file's directory.</li>
 *   <li>{@code alternate.1} … {@code alternate.10}: more directories, numbered without gaps.</li>
 *   <li>{@code case-insensitive} (default {@code true}): when the exact name is missing, look
 *       each path segment up ignoring case, because phones vary the case of their MAC address.
 *       When several names differ only in case, the exact one wins, else the one that sorts
 *       first ({@link String#compareTo}: capitals first).</li>
 *   <li>{@code world-readable-only} (default {@code false}): serve only files whose mode lets
 *       anyone read them ({@code o+r}), as tftpd-hpa does without {@code -p}; others are "not
 *       found", with one warning per path. {@code bin/in.tftpd} sets it without {@code -p}.</li>
 * </ul>
 *
 * <p>Only regular files inside a location's real path are served: names, {@code ..}, symbolic
 * links leading outside, directories, FIFOs and devices are "not found". A file that may not be
 * read is "not found" too, with one warning per path; other I/O failures are a
 * {@link org.provgw.provider.ProviderException}.
 */
public final class FilesystemProviderFactory implements FileProviderFactory {

    /** The type name: {@code provider.<name>.type = filesystem}. */
    public static final String TYPE = "filesystem";

    private static final Logger LOG = LogManager.getLogger(FilesystemProviderFactory.class);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return FilesystemSettings.keys();
    }

    @Override
    public FileProvider create(ProviderContext context) throws InvalidSettingException {
        FilesystemSettings settings = FilesystemSettings.from(context.settings());
        LOG.info("provider {} serves files from {}, case-insensitive={}, world-readable-only={}",
                context.instanceName(), settings.locations(), settings.caseInsensitive(),
                settings.worldReadableOnly());
        return new FilesystemProvider(context.instanceName(), settings);
    }
}
