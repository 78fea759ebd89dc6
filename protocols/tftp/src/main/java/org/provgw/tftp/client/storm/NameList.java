package org.provgw.tftp.client.storm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The names to request: {@code --file} values first, then the lines of {@code --files}. */
final class NameList {

    private NameList() {
    }

    /**
     * @param files names given one by one
     * @param listFile a file with one name per line, or null
     * @return the names in order, duplicates kept (they weight the mix)
     * @throws UsageException if there is no name or the list cannot be read
     */
    static List<String> of(List<String> files, Path listFile) throws UsageException {
        List<String> names = new ArrayList<>(files);
        if (listFile != null) {
            try {
                for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UsageException("cannot read --files " + listFile + ": " + e.getMessage());
            }
        }
        if (names.isEmpty()) {
            throw new UsageException("no file to request: give --file NAME or --files LISTFILE");
        }
        return names;
    }
}
