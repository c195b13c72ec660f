package dev.factcheck.report;

/**
 * Escapes text for HTML and XML, in element content and in double-quoted attribute values alike. Characters that XML 1.0
 * cannot hold (controls other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) become U+FFFD, so that a
 * stray byte in a source never makes a report unreadable. Internal.
 */
final class Markup {
    private static final char REPLACEMENT = '\uFFFD';

    private Markup() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> i = appendChecked(text, i, out);
            }
        }
        return out.toString();
    }

    /** Text for a double-quoted XML attribute, whose line breaks and tabs a parser would otherwise turn to spaces. */
    static String attribute(String text) {
        return escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Appends the character at {@code i}, or a replacement; returns the index of the last char consumed. */
    private static int appendChecked(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        boolean allowed =
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
        out.append(allowed ? c : REPLACEMENT);
        return i;
    }
}
