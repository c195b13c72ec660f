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
        String s = text.toString();
        List<Span> paragraphs = new ArrayList<>();
        int length = s.length();
        int start = 0;
        LineEnds lineEnds = new LineEnds(s);
        int i = 0;
        for (int end = lineEnds.next(0); end >= 0; end = lineEnds.next(i)) {
            // only a run of whitespace with a line end in it can split; i is never inside one
            int run = end;
            while (run > i && Tokenizer.isSpace(s.charAt(run - 1))) {
                run--;
            }
            int ends = 0;
            i = run;
            while (i < length && Tokenizer.isSpace(s.charAt(i))) {
                if (Tokenizer.isLineEnd(s, i)) {
                    ends++;
                }
                i++;
            }
            // a lone high surrogate before the run takes the run's first character into its token
            boolean splits = ends >= 2 && i < length && run > start && !Character.isHighSurrogate(s.charAt(run - 1));
            if (splits) {
                paragraphs.add(new Span(start, run));
                start = run;
            }
        }
        paragraphs.add(new Span(start, length));
        return paragraphs;
    }

    /**
     * The next {@code \n} or {@code \r} from an offset on, found with {@link String#indexOf(int, int)}, which passes
     * over the characters between far faster than a test of each; each is looked for again only once passed.
     */
    private static final class LineEnds {
        private final String text;
        private int newline;
        private int carriageReturn;

        LineEnds(String text) {
            this.text = text;
            this.newline = text.indexOf('\n');
            this.carriageReturn = text.indexOf('\r');
        }

        /** The first line end at or after {@code from}, or -1 for none. */
        int next(int from) {
            if (newline >= 0 && newline < from) {
                newline = text.indexOf('\n', from);
            }
            if (carriageReturn >= 0 && carriageReturn < from) {
                carriageReturn = text.indexOf('\r', from);
            }
            if (newline < 0 || carriageReturn < 0) {
                return Math.max(newline, carriageReturn);
            }
            return Math.min(newline, carriageReturn);
        }
    }
}
