package org.provgw.gateway.remap;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A map-file regular expression compiled once, matched with POSIX semantics: the leftmost match,
 * and of the matches starting there the longest (java.util.regex takes the first alternative that
 * succeeds, so {@code ^(/|/tftpboot/)} would stop at the "/"). Groups are then those of the first
 * way, in java.util.regex's order of preference, to match exactly that span, which is also how
 * glibc assigns them.
 */
final class PosixRegex {

    private final String source;
    private final TranslatedRegex translated;
    private final Pattern pattern;
    private final Pattern notBolPattern;

    private PosixRegex(String source, TranslatedRegex translated, Pattern pattern, Pattern notBolPattern) {
        this.source = source;
        this.translated = translated;
        this.pattern = pattern;
        this.notBolPattern = notBolPattern;
    }

    /**
     * @param ere the expression as written in the map file
     * @param ignoreCase whether the rule has the {@code i} flag
     * @return the compiled expression
     * @throws EreException if glibc would refuse it, or java.util.regex cannot express it
     */
    static PosixRegex compile(String ere, boolean ignoreCase) throws EreException {
        TranslatedRegex translated = EreTranslator.translate(ere);
        int flags = EreTranslator.FLAGS | (ignoreCase ? EreTranslator.CASE_FLAGS : 0);
        try {
            Pattern pattern = Pattern.compile(translated.java(), flags);
            Pattern notBol = translated.javaNotBol().equals(translated.java()) ? pattern
                    : Pattern.compile(translated.javaNotBol(), flags);
            return new PosixRegex(ere, translated, pattern, notBol);
        } catch (PatternSyntaxException e) {
            // the translation only emits constructs Java accepts; this is a bug, but a named one
            throw new EreException("cannot be translated to java.util.regex: " + e.getDescription(), 0);
        }
    }

    /** @return the expression as written */
    String source() {
        return source;
    }

    /** @return valid constructs that are probably not what was meant */
    List<String> notes() {
        return translated.notes();
    }

    /** @return the java.util.regex translation */
    String javaRegex() {
        return translated.java();
    }

    /**
     * @param notBol whether {@code ^} must not match at the start of the text (glibc's
     *     {@code REG_NOTBOL})
     * @return a new matcher, to be kept and {@link Matcher#reset(CharSequence) reset} per use
     */
    Matcher newMatcher(boolean notBol) {
        Matcher matcher = (notBol ? notBolPattern : pattern).matcher("");
        // lookarounds (\b, \<, \>) see past the region; ^ and $ mean the text's ends, not its
        return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Finds the POSIX match in {@code text} and leaves the matcher positioned on it.
     *
     * <p>java.util.regex gives the leftmost start; a longer match there is looked for only when
     * the expression allows one ({@link TranslatedRegex#mayNeedLongerMatch()}). One failed
     * attempt to match the whole rest of the text explores every way the expression can go
     * from that start, so the furthest character it read bounds every match end; the ends below
     * that bound are then tried from the longest down. For {@code ^/+} on a long name that is
     * one or two attempts, not one per character.
     *
     * @param matcher a matcher of this expression from {@link #newMatcher}, reset to {@code text}
     * @param text the text it was reset to, which records what the engine reads
     * @return whether the expression matches
     * @throws MeteredText.BudgetExhausted if the text's budget runs out
     */
    boolean find(Matcher matcher, MeteredText text) {
        if (!matcher.find()) {
            return false;
        }
        if (!translated.mayNeedLongerMatch()) {
            return true;
        }
        int start = matcher.start();
        int end = matcher.end();
        int length = text.length();
        if (end == length) {
            return true;
        }
        text.forgetReads();
        matcher.region(start, length);
        if (matcher.matches()) {
            return true;
        }
        // a match ending at e read character e - 1; the attempt above read all that any could
        int limit = Math.min(length - 1, text.furthestRead() + 1);
        if (translated.maxLength() >= 0) {
            limit = (int) Math.min(limit, (long) start + translated.maxLength());
        }
        for (int e = limit; e > end; e--) {
            matcher.region(start, e);
            if (matcher.matches()) {
                return true;
            }
        }
        matcher.region(start, end);
        return matcher.matches(); // the same match as find()'s: the first way to span [start, end)
    }

    @Override
    public String toString() {
        return source;
    }
}
