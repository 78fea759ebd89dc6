package org.provgw.gateway.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.gateway.fakes.MemoryProvider;
import org.provgw.protocol.Resolution;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

class ProviderChainTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 49152);

    private static FileRequest request(String name) throws Exception {
        return FileRequest.of(name, CLIENT, Protocol.TFTP);
    }

    private static ProviderChain chain(Object... nameThenProvider) {
        List<NamedProvider> providers = new ArrayList<>();
        for (int i = 0; i < nameThenProvider.length; i += 2) {
            providers.add(new NamedProvider((String) nameThenProvider[i], (FileProvider) nameThenProvider[i + 1]));
        }
        return new ProviderChain(providers);
    }

    private static String content(Resolution resolution) throws Exception {
        Resolution.Found found = assertInstanceOf(Resolution.Found.class, resolution);
        try (ProvidedFile file = found.file()) {
            ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
            file.read(buffer, 0);
            return new String(buffer.array(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFirstProviderInOrderThatHasTheFileAnswers() throws Exception {
        MemoryProvider a = new MemoryProvider("a", Map.of("other.txt", "A"));
        MemoryProvider b = new MemoryProvider("b", Map.of("SEP0011AABBCC01.cnf.xml", "B"));
        MemoryProvider c = new MemoryProvider("c", Map.of("SEP0011AABBCC01.cnf.xml", "C"));

        Resolution answer = chain("a", a, "b", b, "c", c).resolve(request("SEP0011AABBCC01.cnf.xml"));

        assertEquals("b", ((Resolution.Found) answer).provider());
        assertEquals("B", content(answer));
        assertEquals(List.of(1, 1, 0), List.of(a.calls(), b.calls(), c.calls()));
    }

    @Test
    void nobodyHasItIsNotFoundAfterAskingEveryone() throws Exception {
        MemoryProvider a = new MemoryProvider("a", Map.of());
        MemoryProvider b = new MemoryProvider("b", Map.of());

        assertEquals(new Resolution.NotFound(), chain("a", a, "b", b).resolve(request("x.cnf")));
        assertEquals(List.of(1, 1), List.of(a.calls(), b.calls()));
        assertEquals(new Resolution.NotFound(), chain().resolve(request("x.cnf")));
    }

    @Test
    void aProviderThatCannotAnswerStopsTheChain() throws Exception {
        MemoryProvider db = new MemoryProvider("db", Map.of()).failWith("database down");
        MemoryProvider fs = new MemoryProvider("fs", Map.of("x.cnf", "default"));

        try (LogCapture log = LogCapture.of(ProviderChain.class.getName())) {
            Resolution answer = chain("db", db, "fs", fs).resolve(request("x.cnf"));

            assertEquals(new Resolution.Unavailable("db", "database down"), answer);
            assertEquals(0, fs.calls());
        }
    }

    @Test
    void anOutageIsLoggedOnceAndItsEndWithTheCount() throws Exception {
        MemoryProvider db = new MemoryProvider("db", Map.of("x.cnf", "x")).failWith("database down");
        ProviderChain chain = chain("db", db);

        try (LogCapture log = LogCapture.of(ProviderChain.class.getName())) {
            for (int i = 0; i < 3; i++) {
                chain.resolve(request("x.cnf"));
            }
            db.failWith(null);
            chain.resolve(request("x.cnf"));
            chain.resolve(request("x.cnf"));
            db.failWith("database down again");
            chain.resolve(request("x.cnf"));

            assertEquals(List.of(
                    "provider db unavailable: database down; further failures are counted until it answers again",
                    "provider db unavailable: database down again; further failures are counted until it"
                            + " answers again"), log.messages(Level.WARN));
            assertEquals(List.of("provider db answers again after 3 failed look-ups"), log.messages(Level.INFO));
        }
    }

    @Test
    void aBuggyProviderIsContainedAndLoggedOncePerFailureTypeAndProvider() throws Exception {
        MemoryProvider buggy = new MemoryProvider("buggy", Map.of())
                .throwing(() -> new IllegalStateException("bug"));
        MemoryProvider other = new MemoryProvider("other", Map.of())
                .throwing(() -> new IllegalStateException("bug"));
        MemoryProvider next = new MemoryProvider("next", Map.of("x.cnf", "x"));
        ProviderChain first = chain("buggy", buggy, "next", next);

        try (LogCapture log = LogCapture.of(ProviderChain.class.getName())) {
            assertEquals(new Resolution.Unavailable("buggy", ChainLink.INTERNAL_ERROR), first.resolve(request("x.cnf")));
            first.resolve(request("x.cnf"));
            buggy.throwing(() -> new ArithmeticException("/ by zero"));
            first.resolve(request("x.cnf"));
            first.resolve(request("x.cnf"));
            chain("other", other).resolve(request("x.cnf"));

            assertEquals(0, next.calls());
            List<Throwable> logged = log.events().stream().filter(e -> e.getLevel() == Level.ERROR)
                    .map(e -> e.getThrown()).toList();
            assertEquals(List.of(IllegalStateException.class, ArithmeticException.class, IllegalStateException.class),
                    logged.stream().map(Object::getClass).toList());
            assertEquals(List.of("provider buggy failed unexpectedly on x.cnf; answering unavailable"
                    + " (logged once per failure type)"), log.messages(Level.ERROR).subList(0, 1));
        }
    }

    @Test
    void aProviderReturningNullInsteadOfAnOptionalIsContained() throws Exception {
        FileProvider broken = new FileProvider() {
            @Override
            public Optional<ProvidedFile> find(FileRequest request) {
                return null;
            }

            @Override
            public void close() {
            }
        };

        try (LogCapture log = LogCapture.of(ProviderChain.class.getName())) {
            assertEquals(new Resolution.Unavailable("broken", ChainLink.INTERNAL_ERROR),
                    chain("broken", broken).resolve(request("x.cnf")));
            assertEquals(1, log.messages(Level.ERROR).size());
        }
    }
}
