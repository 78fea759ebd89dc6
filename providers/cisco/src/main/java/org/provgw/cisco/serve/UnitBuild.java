package org.provgw.cisco.serve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.provgw.cisco.build.ConfigName;

/**
 * The files of one unit as built at one time, from one set of records.
 *
 * @param files each file the renderer made; a name the renderer declined is absent
 * @param deps the records they were built from
 */
record UnitBuild(Map<ConfigName, BuiltFile> files, Dependencies deps) {

    UnitBuild {
        files = Map.copyOf(files);
        Objects.requireNonNull(deps, "deps");
    }

    Optional<BuiltFile> file(ConfigName name) {
        return Optional.ofNullable(files.get(name));
    }

    /** @return the canonical names of the files, sorted */
    List<String> fileNames() {
        return files.keySet().stream().map(ConfigName::fileName).sorted().toList();
    }
}
