package org.provgw.provider.sql.internal;

/** JDBC URLs as they may be logged: without user information and without parameters, which can hold credentials. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    static String redact(String url) {
        String shown = url;
        int cut = indexOfAny(shown, '?', ';');
        if (cut >= 0) {
            shown = shown.substring(0, cut);
        }
        int scheme = shown.indexOf("//");
        int at = shown.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            shown = shown.substring(0, scheme + 2) + shown.substring(at + 1);
        }
        return shown;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}
