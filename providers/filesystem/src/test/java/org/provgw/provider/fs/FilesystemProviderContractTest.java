package org.provgw.provider.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.tck.MutableFileProviderContract;

/** The filesystem provider passes the provider TCK over a directory holding the fixture. */
class FilesystemProviderContractTest implements MutableFileProviderContract {

    private static final Map<String, byte[]> FIXTURE = fixture();

    @TempDir
    Path root;

    private FileProvider provider;

    @BeforeEach
    void start() throws IOException, InvalidSettingException {
        for (Map.Entry<String, byte[]> file : FIXTURE.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        provider = TestProviders.create(root);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Override
    public FileProvider testee() {
        return provider;
    }

    @Override
    public Map<String, byte[]> expectedFiles() {
        return FIXTURE;
    }

    /** Writes a new file and renames it over the old one, as rsync and careful tools do. */
    @Override
    public void change(String path, byte[] newContent) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".change-", ".tmp");
        Files.write(temporary, newContent);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, byte[]> fixture() {
        Random random = new Random(7);
        Map<String, byte[]> files = new TreeMap<>();
        files.put("empty.txt", new byte[0]);
        files.put("b511.bin", bytes(random, 511));
        files.put("b512.bin", bytes(random, 512));
        files.put("b513.bin", bytes(random, 513));
        files.put("random-1MiB.bin", bytes(random, 1 << 20));
        files.put("SEP0011AABBCC01.cnf.xml", bytes(random, 2048));
        files.put("configs/sub/XMLDefault.cnf.xml", bytes(random, 700));
        return files;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }
}
