package dev.factcheck.extract;

import dev.factcheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between quote marks in a text, in one pass: curly and straight double quotes, curly single quotes,
 * guillemets ({@code «...»}, {@code ‹...›}), and a straight single quote that opens a paragraph (a pull quote). Single quotes inside double ones stay part of
 * the passage; an apostrophe inside a word is not a quote mark. A quote still open at the end of a paragraph closes
 * there; when the next paragraph opens with a quote mark it goes on (news style for quotes across paragraphs).
 * Internal.
 */
final class QuoteMarks {
    /** The text inside one pair of marks, and whether the quote goes on in the next paragraph. */
    record Passage(Span inside, Flow flow) {}

    /** Whether a passage ends its quote or is continued by the next passage, across a paragraph. */
    enum Flow {
        ENDS,
        CONTINUES
    }

    private enum Mark {
        NONE,
        DOUBLE,
        SINGLE_CURLY,
        SINGLE_STRAIGHT,
        GUILLEMET,
        SINGLE_GUILLEMET
    }

    private QuoteMarks() {}

    static List<Passage> find(CharSequence text) {
        List<Passage> found = new ArrayList<>();
        Mark open = Mark.NONE;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open == Mark.NONE) {
                Mark opening = opening(text, i);
                if (opening != Mark.NONE) {
                    open = opening;
                    start = i + 1;
                }
            } else if (c == '\n') {
                found.add(new Passage(trimmed(text, start, i), continuesAfter(text, i) ? Flow.CONTINUES : Flow.ENDS));
                open = Mark.NONE;
            } else if (closes(open, text, i)) {
                found.add(new Passage(trimmed(text, start, i), Flow.ENDS));
                open = Mark.NONE;
            }
        }
        if (open != Mark.NONE) {
            found.add(new Passage(trimmed(text, start, text.length()), Flow.ENDS));
        }
        found.removeIf(p -> p.inside().length() == 0);
        return found;
    }

    private static Mark opening(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '“' || (c == '"' && isLetterOrDigitAt(text, i + 1, "‘'…."))) {
            return Mark.DOUBLE;
        }
        if (c == '«' || c == '‹') {
            return c == '«' ? Mark.GUILLEMET : Mark.SINGLE_GUILLEMET;
        }
        if (c == '‘' && !isLetterAt(text, i - 1)) {
            return Mark.SINGLE_CURLY;
        }
        boolean paragraphStart = i == 0 || text.charAt(i - 1) == '\n';
        return c == '\'' && paragraphStart && isLetterAt(text, i + 1) ? Mark.SINGLE_STRAIGHT : Mark.NONE;
    }

    private static boolean closes(Mark open, CharSequence text, int i) {
        char c = text.charAt(i);
        return switch (open) {
            case DOUBLE -> c == '”' || c == '"';
            case SINGLE_CURLY -> c == '’' && !isLetterAt(text, i + 1);
            case SINGLE_STRAIGHT -> c == '\'' && !isLetterAt(text, i + 1);
            case GUILLEMET -> c == '»';
            case SINGLE_GUILLEMET -> c == '›';
            case NONE -> false;
        };
    }

    /** Whether the next paragraph (after blank lines) opens with a quote mark. */
    private static boolean continuesAfter(CharSequence text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "“\"«‹".indexOf(text.charAt(i)) >= 0;
    }

    private static Span trimmed(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean isLetterAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean isLetterOrDigitAt(CharSequence text, int i, String alsoAllowed) {
        return i < text.length()
                && (Character.isLetterOrDigit(text.charAt(i)) || alsoAllowed.indexOf(text.charAt(i)) >= 0);
    }
}
