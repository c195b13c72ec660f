package dev.factcheck.extract;

import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Quotes set as a block, without quote marks: a paragraph that ends with a colon after a speech verb ({@code Cal Fire
 * wrote, meaning ...:}) gives the next paragraph, when it holds no quote mark, as the speaker's words. Internal.
 */
final class BlockQuotes {
    private static final String QUOTE_MARKS = "\"“”«»‹›";

    private BlockQuotes() {}

    /** {@code passages} (found by their quote marks) with the block quotes added, in text order. */
    static List<QuoteMarks.Passage> addTo(CharSequence text, List<Token> tokens, List<QuoteMarks.Passage> passages) {
        List<QuoteMarks.Passage> all = new ArrayList<>(passages);
        for (int colon = indexOf(text, ':', 0); colon >= 0; colon = indexOf(text, ':', colon + 1)) {
            blockAfter(text, tokens, colon, passages).ifPresent(all::add);
        }
        all.sort(Comparator.comparingInt(p -> p.inside().start()));
        return all;
    }

    private static Optional<QuoteMarks.Passage> blockAfter(
            CharSequence text, List<Token> tokens, int colon, List<QuoteMarks.Passage> passages) {
        int start = colon + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        boolean endsParagraph = start > colon + 1
                && text.subSequence(colon + 1, start).toString().indexOf('\n') >= 0;
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        if (!endsParagraph || end == start || hasQuoteMark(text, start, end) || isInside(passages, colon)) {
            return Optional.empty();
        }
        return hasSpeechVerbBefore(tokens, colon)
                ? Optional.of(new QuoteMarks.Passage(new Span(start, end), QuoteMarks.Flow.ENDS))
                : Optional.empty();
    }

    /** A speech verb in the sentence that the colon ends. */
    private static boolean hasSpeechVerbBefore(List<Token> tokens, int colon) {
        for (int i = QuoteFinder.tokenAt(tokens, colon) - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.SYMBOL && ".?!".contains(t.text())) {
                return false;
            }
            if (Attribution.SPEECH_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuoteMark(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(List<QuoteMarks.Passage> passages, int offset) {
        return passages.stream()
                .anyMatch(
                        p -> p.inside().start() <= offset && offset < p.inside().end());
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
