package org.provgw.gateway.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provgw.gateway.fakes.LogCapture;

class TeardownTest {

    @Test
    void runsStepsInReverseOrderOnceAndPastFailures() {
        List<String> ran = new ArrayList<>();
        Teardown teardown = new Teardown();
        teardown.push("first", () -> ran.add("first"));
        teardown.push("broken", () -> {
            throw new IllegalStateException("cannot stop");
        });
        teardown.push("last", () -> ran.add("last"));

        try (LogCapture log = LogCapture.of(Teardown.class.getName())) {
            List<Exception> failures = teardown.runAll();

            assertEquals(List.of("last", "first"), ran);
            assertEquals(List.of("cannot stop"), failures.stream().map(Exception::getMessage).toList());
            assertEquals(List.of("stopping broken failed"),
                    log.messages(org.apache.logging.log4j.Level.WARN));
        }
        assertEquals(List.of(), teardown.runAll());
        assertEquals(List.of("last", "first"), ran);
    }
}
