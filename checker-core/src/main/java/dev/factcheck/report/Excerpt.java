package dev.factcheck.report;

import dev.factcheck.extract.Mention;
import java.util.Optional;

/**
 * A mention's line as HTML with the mention's words in {@code <mark>}, cut at a word boundary about
 * {@value #CONTEXT} characters before and after them, so that a long paragraph does not hide the words; the words
 * alone when the line was not kept. Internal.
 */
final class Excerpt {
    static final int CONTEXT = 160;

    private Excerpt() {}

    /** Where the words of a mention stand in its line, as UTF-16 indices. */
    private record Range(int start, int end) {}

    static String html(Mention mention) {
        String line = mention.line();
        if (line.isEmpty()) {
            return "<mark>" + Markup.escape(mention.text()) + "</mark>";
        }
        Optional<Range> found = find(mention);
        if (found.isEmpty()) {
            return Markup.escape(line);
        }
        Range range = found.get();
        int from = cutBefore(line, range.start());
        int to = cutAfter(line, range.end());
        return (from > 0 ? "… " : "")
                + Markup.escape(line.substring(from, range.start()))
                + "<mark>" + Markup.escape(line.substring(range.start(), range.end())) + "</mark>"
                + Markup.escape(line.substring(range.end(), to))
                + (to < line.length() ? " …" : "");
    }

    /**
     * The words at the mention's column; else their first occurrence in the line (an {@code expected} value placed at
     * its rule file); else, for a quote joined from parts, as much of its start as stands at the column.
     */
    private static Optional<Range> find(Mention mention) {
        String line = mention.line();
        String text = mention.text();
        int column = mention.position().column() - 1;
        int at = column <= line.codePointCount(0, line.length()) ? line.offsetByCodePoints(0, column) : -1;
        if (at >= 0 && !text.isEmpty() && line.startsWith(text, at)) {
            return Optional.of(new Range(at, at + text.length()));
        }
        int anywhere = text.isEmpty() ? -1 : line.indexOf(text);
        if (anywhere >= 0) {
            return Optional.of(new Range(anywhere, anywhere + text.length()));
        }
        int common = at < 0 ? 0 : commonPrefix(line.substring(at), text);
        return common > 0 ? Optional.of(new Range(at, at + common)) : Optional.empty();
    }

    /** {@code text} on one line, cut at a word boundary to at most {@code max} characters with an ellipsis. */
    static String shortened(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = Character.isLowSurrogate(flat.charAt(max - 1)) ? max - 2 : max - 1;
        }
        return flat.substring(0, cut) + "…";
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        // never end inside a surrogate pair
        return n > 0 && Character.isHighSurrogate(a.charAt(n - 1)) ? n - 1 : n;
    }

    private static int cutBefore(String line, int start) {
        if (start <= CONTEXT) {
            return 0;
        }
        int space = line.indexOf(' ', start - CONTEXT);
        return space < 0 || space >= start ? 0 : space + 1;
    }

    private static int cutAfter(String line, int end) {
        if (line.length() - end <= CONTEXT) {
            return line.length();
        }
        int space = line.lastIndexOf(' ', end + CONTEXT);
        return space <= end ? line.length() : space;
    }
}
