package org.provgw.provider.tck;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.provgw.provider.FileProvider;

/** The kit passes the reference provider: the kit's tests are satisfiable as written. */
class MapFileProviderContractTest implements MutableFileProviderContract {

    private final Map<String, byte[]> fixture = Fixtures.standard();
    private MapFileProvider provider;

    @BeforeEach
    void start() {
        provider = new MapFileProvider(fixture);
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
        return fixture;
    }

    @Override
    public void change(String path, byte[] newContent) {
        provider.put(path, newContent);
    }
}
