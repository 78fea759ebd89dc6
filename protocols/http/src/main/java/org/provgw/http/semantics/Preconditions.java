package org.provgw.http.semantics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.provgw.http.wire.Headers;
import org.provgw.http.wire.HttpDates;

/**
 * The conditional request fields of a GET or HEAD (RFC 9110 §13.2.2), evaluated in the order
 * the RFC gives against a file's strong ETag (its version) and modification time, truncated to
 * the second as {@code Last-Modified} sends it.
 */
public final class Preconditions {

    /** The outcome of the preconditions. */
    public enum Result {
        /** Send the file (or the range). */
        PROCEED,
        /** 304: the client's copy is current ({@code If-None-Match}, {@code If-Modified-Since}). */
        NOT_MODIFIED,
        /** 412: {@code If-Match} or {@code If-Unmodified-Since} failed. */
        FAILED
    }

    private Preconditions() {
    }

    /**
     * @param headers the request's fields
     * @param version the file's version, its strong ETag without quotes
     * @param lastModified the file's modification time
     * @return what to send
     */
    public static Result evaluate(Headers headers, String version, Instant lastModified) {
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        Optional<String> ifMatch = headers.first("If-Match");
        if (ifMatch.isPresent()) {
            if (!EntityTags.isWildcard(ifMatch.get()) && !EntityTags.anyStrongMatch(all(headers, "If-Match"), version)) {
                return Result.FAILED;
            }
        } else {
            Optional<Instant> since = headers.first("If-Unmodified-Since").flatMap(HttpDates::parse);
            if (since.isPresent() && modified.isAfter(since.get())) {
                return Result.FAILED;
            }
        }
        Optional<String> ifNoneMatch = headers.first("If-None-Match");
        if (ifNoneMatch.isPresent()) {
            boolean match = EntityTags.isWildcard(ifNoneMatch.get())
                    || EntityTags.anyWeakMatch(all(headers, "If-None-Match"), version);
            return match ? Result.NOT_MODIFIED : Result.PROCEED;
        }
        Optional<Instant> since = headers.first("If-Modified-Since").flatMap(HttpDates::parse);
        if (since.isPresent() && !modified.isAfter(since.get())) {
            return Result.NOT_MODIFIED;
        }
        return Result.PROCEED;
    }

    /**
     * {@code If-Range} (RFC 9110 §13.1.5): the range is sent only when the validator still
     * matches, otherwise the whole file.
     *
     * @param headers the request's fields
     * @param version the file's version
     * @param lastModified the file's modification time
     * @return whether a {@code Range} field may be honoured
     */
    public static boolean rangeApplies(Headers headers, String version, Instant lastModified) {
        Optional<String> ifRange = headers.first("If-Range");
        if (ifRange.isEmpty()) {
            return true;
        }
        String value = ifRange.get().strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return EntityTags.anyStrongMatch(value, version);
        }
        Optional<Instant> date = HttpDates.parse(value);
        return date.isPresent() && date.get().equals(lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Every line of a list field joined, since a list may be split over several lines. */
    private static String all(Headers headers, String name) {
        return String.join(",", headers.all().stream()
                .filter(h -> h.name().equalsIgnoreCase(name)).map(h -> h.value()).toList());
    }
}
