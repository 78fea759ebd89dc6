package org.provgw.http.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Range} against a file of 1000 bytes (and an empty one). */
class ByteRangeTest {

    private static ByteRange of(String field, long size) {
        return ByteRange.of(field == null ? Optional.empty() : Optional.of(field), size);
    }

    @ParameterizedTest(name = "{0} -> {1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "bytes=0-499        | 0   | 499",
            "bytes=500-999      | 500 | 999",
            "bytes=500-5000     | 500 | 999",
            "bytes=500-         | 500 | 999",
            "bytes=-100         | 900 | 999",
            "bytes=-5000        | 0   | 999",
            "bytes=999-999      | 999 | 999",
            "Bytes= 10 - 20     | 10  | 20",
            "bytes=0-99999999999999999999999 | 0 | 999"})
    void aSingleRangeIsPartial(String field, long first, long last) {
        assertEquals(new ByteRange.Partial(first, last), of(field, 1000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"bytes=1000-", "bytes=1000-2000", "bytes=-0",
            "bytes=99999999999999999999-"})
    void aRangeBeyondTheEndIsUnsatisfiable(String field) {
        assertEquals(new ByteRange.Unsatisfiable(), of(field, 1000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"bytes=0-1,5-6", "bytes=20-10", "bytes=abc", "bytes=", "bytes=-",
            "items=0-1", "bytes=1-2-3", "bytes=+1-2", "bytes 0-1", "lines=1-2"})
    void severalRangesOtherUnitsAndNonsenseGetTheWholeFile(String field) {
        assertEquals(new ByteRange.Whole(), of(field, 1000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"bytes=0-", "bytes=-1", "bytes=0-0"})
    void noRangeOfAnEmptyFileIsSatisfiable(String field) {
        assertEquals(new ByteRange.Unsatisfiable(), of(field, 0));
    }

    @org.junit.jupiter.api.Test
    void noFieldIsTheWholeFile() {
        assertEquals(new ByteRange.Whole(), of(null, 1000));
        assertEquals(500, new ByteRange.Partial(500, 999).length());
    }
}
