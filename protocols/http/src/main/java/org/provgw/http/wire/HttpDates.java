package org.provgw.http.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): written as IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT});
 * read in that form and in the two obsolete ones every recipient must accept, RFC 850
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov  6 08:49:37 1994}).
 */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US);
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM ")
            .padNext(2)
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendPattern(" HH:mm:ss yyyy")
            .toFormatter(Locale.US);

    /** The current second's date, formatted once per second rather than once per response. */
    private static volatile Cached now = new Cached(Long.MIN_VALUE, "");
    /** The last date formatted: a file served again and again has the same Last-Modified. */
    private static volatile Cached last = new Cached(Long.MIN_VALUE, "");

    private record Cached(long second, String text) {
    }

    private HttpDates() {
    }

    /**
     * @param instant a time
     * @return it as an IMF-fixdate, to the second
     */
    public static String format(Instant instant) {
        long second = instant.getEpochSecond();
        Cached cached = last;
        if (cached.second() != second) {
            cached = new Cached(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = cached;
        }
        return cached.text();
    }

    /** @return the current time as an IMF-fixdate, for the {@code Date} field */
    public static String now() {
        long second = System.currentTimeMillis() / 1000;
        Cached cached = now;
        if (cached.second() != second) {
            cached = new Cached(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            now = cached;
        }
        return cached.text();
    }

    /**
     * @param text a date as a client sent it
     * @return the instant, or empty when the text is not an HTTP date (RFC 9110 §13.1.3: an
     *     invalid date in a precondition is ignored)
     */
    public static Optional<Instant> parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {IMF_FIXDATE, RFC_850, ASCTIME}) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
