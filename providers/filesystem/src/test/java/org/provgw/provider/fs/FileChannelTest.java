package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;
import org.provgw.provider.ProvidedFile;

/** {@link ProvidedFile#fileChannel()}: a file on disk offers its channel for zero-copy sends. */
class FileChannelTest {

    @TempDir
    Path root;

    @Test
    void aFileOnDiskOffersTheChannelItReadsFromUntilClosed() throws Exception {
        TestProviders.write(root, "SEP0011AABBCC01.cnf.xml", "<device/>");
        try (FileProvider provider = TestProviders.create(root)) {
            ProvidedFile file = provider.find(TestProviders.request("SEP0011AABBCC01.cnf.xml")).orElseThrow();
            Optional<FileChannel> channel = file.fileChannel();
            assertTrue(channel.isPresent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long sent = channel.get().transferTo(0, file.size(), Channels.newChannel(out));
            assertEquals(file.size(), sent);
            assertArrayEquals("<device/>".getBytes(StandardCharsets.UTF_8), out.toByteArray());
            file.close();
            assertFalse(channel.get().isOpen(), "closing the file closes its channel");
        }
    }
}
