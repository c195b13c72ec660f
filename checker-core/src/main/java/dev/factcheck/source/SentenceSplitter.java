package dev.factcheck.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences: at a blank line, at a line break that does not continue a wrapped sentence, and after
 * {@code .}, {@code !} or {@code ?} (with any closing quotes) when the next word starts a sentence and the period
 * does not end an abbreviation such as {@code Mr.} or an initial. Internal, may change.
 */
public final class SentenceSplitter {
    /** Words that a period follows without ending the sentence, as in {@code Mr. Putin} or {@code Aug. 3}. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "rev", "hon", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "u.s", "a.m", "p.m", "approx", "est", "ft", "mt", "fig");

    private SentenceSplitter() {}

    public static List<TokenRange> split(List<Token> tokens) {
        List<TokenRange> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (startsSentence(tokens, i, from)) {
                sentences.add(new TokenRange(from, i));
                from = i;
            }
        }
        if (from < tokens.size()) {
            sentences.add(new TokenRange(from, tokens.size()));
        }
        return sentences;
    }

    /** Whether token {@code i} starts a sentence, the current one having started at {@code from}. */
    private static boolean startsSentence(List<Token> tokens, int i, int from) {
        Token token = tokens.get(i);
        if (token.gap() == Token.Gap.PARAGRAPH) {
            return true;
        }
        if (token.gap() == Token.Gap.LINE) {
            return !continuesWrappedLine(tokens, i);
        }
        return token.gap() != Token.Gap.NONE && endsSentence(tokens, i - 1, from) && looksLikeStart(token);
    }

    /** A line that goes on in lower case after a line that did not end in punctuation is a wrapped sentence. */
    private static boolean continuesWrappedLine(List<Token> tokens, int i) {
        Token next = tokens.get(i);
        boolean lowerNext = next.type() == Token.Type.WORD && !next.isCapitalized();
        return lowerNext && tokens.get(i - 1).type() != Token.Type.SYMBOL;
    }

    /**
     * Whether the sentence that started at {@code from} ends at token {@code i}: a terminal mark, perhaps followed by
     * closing quotes. A period needs a word of its own sentence before it, so that what a sentence is never depends
     * on the sentence before.
     */
    private static boolean endsSentence(List<Token> tokens, int i, int from) {
        int j = i;
        while (j > from && isClosing(tokens.get(j)) && tokens.get(j).isGlued()) {
            j--;
        }
        Token mark = tokens.get(j);
        if (mark.isSymbol('!') || mark.isSymbol('?')) {
            return true;
        }
        return mark.isSymbol('.') && j > from && !isAbbreviation(tokens, j - 1);
    }

    private static boolean isAbbreviation(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (word.type() != Token.Type.WORD || !tokens.get(i + 1).isGlued()) {
            return false;
        }
        boolean numbered = (word.isWord("no") || word.isWord("nos"))
                && i + 2 < tokens.size()
                && tokens.get(i + 2).type() == Token.Type.NUMBER;
        return word.text().length() == 1
                || numbered
                || ABBREVIATIONS.contains(word.lower())
                || isDottedAbbreviation(tokens, i);
    }

    /** {@code U.S.}, {@code a.m.}: letters and periods glued together. */
    private static boolean isDottedAbbreviation(List<Token> tokens, int i) {
        return i >= 2
                && tokens.get(i - 1).isSymbol('.')
                && tokens.get(i).isGlued()
                && ABBREVIATIONS.contains(
                        tokens.get(i - 2).lower() + "." + tokens.get(i).lower());
    }

    private static boolean isClosing(Token token) {
        return token.type() == Token.Type.SYMBOL
                && "\"'”’)]".indexOf(token.text().charAt(0)) >= 0;
    }

    /** A sentence starts with a capital, a figure, or an opening quote or bracket. */
    private static boolean looksLikeStart(Token token) {
        return switch (token.type()) {
            case WORD -> token.isCapitalized();
            case NUMBER -> true;
            case SYMBOL -> "\"'“‘([—–-".indexOf(token.text().charAt(0)) >= 0;
        };
    }
}
