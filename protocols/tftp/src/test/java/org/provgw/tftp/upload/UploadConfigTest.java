package org.provgw.tftp.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class UploadConfigTest {

    @TempDir
    Path dir;

    @Test
    void uploadsAreOffWithoutARoot() throws Exception {
        assertFalse(UploadConfig.from(settings(Map.of())).isPresent());
    }

    @Test
    void anUploadKeyWithoutTheRootIsAMistake() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> UploadConfig.from(settings(Map.of("upload.create", "true"))));
        assertEquals("tftp.upload.create", e.key());
        assertTrue(e.getMessage().contains("tftp.upload.root"), e.getMessage());
    }

    @Test
    void defaults() throws Exception {
        UploadConfig config = UploadConfig.from(settings(Map.of("upload.root", dir.toString()))).orElseThrow();
        assertEquals(dir.toRealPath(), config.root());
        assertEquals(List.of(dir.toRealPath()), config.allow());
        assertFalse(config.create());
        assertEquals(OverwritePolicy.OVERWRITE, config.overwrite());
        assertFalse(config.permissive());
        assertEquals(0, config.umask(), "tftpd-hpa: no mask unless --permissive");
        assertEquals(64L << 20, config.maxSize());
    }

    @Test
    void everyKeySet() throws Exception {
        Files.createDirectories(dir.resolve("logs/phones"));
        Files.createDirectories(dir.resolve("crash"));
        UploadConfig config = UploadConfig.from(settings(Map.of("upload.root", dir.toString(),
                "upload.allow", "logs/phones, /crash", "upload.create", "yes", "upload.overwrite", "keep-both",
                "upload.permissive", "true", "upload.umask", "027", "upload.max-size", "512k"))).orElseThrow();
        assertEquals(List.of(dir.toRealPath().resolve("logs/phones"), dir.toRealPath().resolve("crash")),
                config.allow());
        assertTrue(config.create());
        assertEquals(OverwritePolicy.KEEP_BOTH, config.overwrite());
        assertTrue(config.permissive());
        assertEquals(027, config.umask());
        assertEquals(512 * 1024, config.maxSize());
    }

    @Test
    void sizesTakeBinaryUnitsAndZeroMeansNoLimit() throws Exception {
        assertEquals(64L << 20, size("64M"));
        assertEquals(2L << 30, size("2GiB"));
        assertEquals(1000, size("1000"));
        UploadConfig unlimited = UploadConfig.from(settings(Map.of("upload.root", dir.toString(),
                "upload.max-size", "0"))).orElseThrow();
        assertEquals(Long.MAX_VALUE, unlimited.maxBytes());
    }

    @Test
    void permissiveKeepsTheProcessUmask() throws Exception {
        UploadConfig config = UploadConfig.from(settings(Map.of("upload.root", dir.toString(),
                "upload.permissive", "true"))).orElseThrow();
        assertEquals(ProcessUmask.current(), config.umask());
    }

    @Test
    void anAllowedDirectoryMustNotLeadOutsideTheRoot() throws Exception {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> UploadConfig.from(
                settings(Map.of("upload.root", root.toString(), "upload.allow", "escape"))));
        assertEquals("tftp.upload.allow", e.key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "upload.root|/nonexistent/provgw-upload-root",
        "upload.allow|missing",
        "upload.allow|../etc",
        "upload.create|maybe",
        "upload.overwrite|sometimes",
        "upload.overwrite|keep-both",
        "upload.permissive|2",
        "upload.umask|0888",
        "upload.umask|u=rw",
        "upload.max-size|lots",
        "upload.max-size|-5",
        "upload.max-size|99999999999999999G"})
    void badValuesNameTheKeyValueAndFile(String key, String value) {
        Map<String, String> values = new HashMap<>(Map.of("upload.root", dir.toString()));
        values.put(key, value);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> UploadConfig.from(settings(values)));
        assertEquals("tftp." + key, e.key());
        assertTrue(e.getMessage().startsWith("provgw.properties: tftp." + key + " = " + value + ": "), e.getMessage());
    }

    private long size(String value) throws Exception {
        return UploadConfig.from(settings(Map.of("upload.root", dir.toString(), "upload.max-size", value)))
                .orElseThrow().maxSize();
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.of(values, "tftp.", Path.of("."), "provgw.properties");
    }
}
