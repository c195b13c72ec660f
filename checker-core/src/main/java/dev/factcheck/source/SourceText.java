package dev.factcheck.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * The decoded text of one source with the path shown to users ({@code /}-separated, relative to where the check
 * runs) and a line map to turn offsets into line and column.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    private SourceText(String path, String text) {
        this.path = Objects.requireNonNull(path, "path == null");
        this.text = withLoneCarriageReturnsAsLineFeeds(Objects.requireNonNull(text, "text == null"));
        this.lineStarts = lineStarts(this.text);
    }

    /**
     * A source held in memory, such as a test's string; {@code path} is the name shown in reports. A line ends at
     * {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac files): each lone {@code \r} is read as {@code \n},
     * one char for one, so that offsets, lines and columns are those of the text as given.
     */
    public static SourceText of(String path, String text) {
        return new SourceText(path, text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The text of a span, as written. */
    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The line and column of an offset; columns count code points, and a line ends at {@code \n} or {@code \r}. */
    public Position position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int column = text.codePointCount(lineStarts[line], offset) + 1;
        return new Position(line + 1, column, offset);
    }

    /** The whole line that holds an offset, without its line break. */
    public String lineAt(int offset) {
        int line = position(offset).line() - 1;
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(lineStarts[line], Math.max(end, lineStarts[line]));
    }

    /**
     * The text with each {@code \r} that no {@code \n} follows turned into {@code \n}, so that every reader of the text
     * (lines, sentences, paragraphs of quotes) sees one kind of line end; the same string when there is none.
     */
    private static String withLoneCarriageReturnsAsLineFeeds(String text) {
        int at = text.indexOf('\r');
        if (at < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; at >= 0; at = text.indexOf('\r', at + 1)) {
            if (at + 1 == chars.length || chars[at + 1] != '\n') {
                chars[at] = '\n';
            }
        }
        return new String(chars);
    }

    /** The offset of each line's first char, found with {@link String#indexOf}, which the JVM vectorises. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public String toString() {
        return "SourceText[" + path + ", " + text.length() + " chars]";
    }
}
