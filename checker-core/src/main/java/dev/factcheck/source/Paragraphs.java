package dev.factcheck.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text at its blank lines, where every sentence ends: each paragraph runs from the whitespace before it to
 * the whitespace before the next, so the paragraphs cover the text and {@link Tokenizer#tokenize(CharSequence, Span)}
 * gives each one the tokens and gaps the whole text has there. Lets a reader skip, without tokenizing them, the
 * paragraphs that cannot hold what it looks for. Internal, may change.
 */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<Span> of(CharSequence text) {
        List<Span> paragraphs = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            if (!Tokenizer.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            int lineEnds = 0;
            while (i < length && Tokenizer.isSpace(text.charAt(i))) {
                if (Tokenizer.isLineEnd(text, i)) {
                    lineEnds++;
                }
                i++;
            }
            // a lone high surrogate before the run takes the run's first character into its token
            boolean splits =
                    lineEnds >= 2 && i < length && run > start && !Character.isHighSurrogate(text.charAt(run - 1));
            if (splits) {
                paragraphs.add(new Span(start, run));
                start = run;
            }
        }
        paragraphs.add(new Span(start, length));
        return paragraphs;
    }
}
