package dev.factcheck.extract;

import dev.factcheck.source.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The speaker an attribution describes instead of naming: a phrase that opens with an article and stands right before
 * the speech verb ({@code ," the former producer said}, {@code A spokesman for the fire agency said: "}) or right after
 * it ({@code ," said the ministry in a statement}), or the one or two plain words between a quote's closing mark and
 * its verb ({@code ," police said}). Internal.
 */
final class Descriptions {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words that tie a description to what it belongs to: {@code a spokesman for the agency}. */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "from", "with");
    /** Words that end a description after the verb: {@code said the ministry in a statement}. */
    private static final Set<String> ENDS = Set.of(
            "in",
            "on",
            "during",
            "after",
            "before",
            "when",
            "while",
            "that",
            "who",
            "which",
            "as",
            "and",
            "but",
            "to",
            "about",
            "by",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tonight");
    /** Words that never stand in a description before its verb: pronouns, and the {@code as} of {@code as saying}. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "as");
    /** How many words a description may take on one side of a link word. */
    private static final int WORDS = 5;

    private Descriptions() {}

    /** The description in the attribution right after the quote's closing mark at token {@code i}. */
    static Optional<String> after(List<Token> tokens, int i, int end) {
        OptionalInt verb = Attribution.verbAfter(tokens, i, end);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        int v = verb.getAsInt();
        Optional<String> before = tokens.get(v).isWord("quoted") ? Optional.empty() : beforeVerb(tokens, v, i);
        return before.isPresent() ? before : afterVerb(tokens, v, end).or(() -> bare(tokens, i, v));
    }

    /** The description in the clause just before the quote's opening mark at token {@code i}. */
    static Optional<String> before(List<Token> tokens, int i, int start) {
        OptionalInt verb = Attribution.verbBefore(tokens, i, start);
        return verb.isPresent()
                ? beforeVerb(tokens, verb.getAsInt(), start).or(() -> afterVerb(tokens, verb.getAsInt(), i))
                : Optional.empty();
    }

    /** {@code the former producer said}, {@code a spokesman for the fire agency said}. */
    private static Optional<String> beforeVerb(List<Token> tokens, int v, int floor) {
        int article = articleBefore(tokens, v, floor);
        if (article < 0) {
            return Optional.empty();
        }
        boolean linked =
                article - 1 > floor && LINKS.contains(tokens.get(article - 1).lower());
        int outer = linked ? articleBefore(tokens, article - 1, floor) : -1;
        return Optional.of(join(tokens, outer >= 0 ? outer : article, v));
    }

    /** The article that opens a run of plain words ending just before {@code v}; -1 when there is none. */
    private static int articleBefore(List<Token> tokens, int v, int floor) {
        for (int k = v - 1; k >= floor && k >= v - WORDS; k--) {
            Token t = tokens.get(k);
            if (t.type() != Token.Type.WORD || PRONOUNS.contains(t.lower())) {
                return -1;
            }
            if (ARTICLES.contains(t.lower())) {
                return k < v - 1 ? k : -1;
            }
        }
        return -1;
    }

    /** {@code said the ministry}, {@code said a spokesman for the agency in a statement}. */
    private static Optional<String> afterVerb(List<Token> tokens, int v, int end) {
        if (v + 1 >= end || !ARTICLES.contains(tokens.get(v + 1).lower())) {
            return Optional.empty();
        }
        int last = v + 1;
        while (last + 1 < end && last < v + 2 * WORDS && isDescriptionWord(tokens.get(last + 1))) {
            last++;
        }
        return last > v + 1 ? Optional.of(join(tokens, v + 1, last + 1)) : Optional.empty();
    }

    /** {@code ," police said}: one or two plain words between the closing mark and the verb. */
    private static Optional<String> bare(List<Token> tokens, int i, int v) {
        int at = i;
        while (at < v && tokens.get(at).type() == Token.Type.SYMBOL) {
            at++;
        }
        boolean plain = v - at >= 1 && v - at <= 2;
        for (int k = at; plain && k < v; k++) {
            plain = tokens.get(k).type() == Token.Type.WORD
                    && !tokens.get(k).isCapitalized()
                    && !PRONOUNS.contains(tokens.get(k).lower());
        }
        return plain ? Optional.of(join(tokens, at, v)) : Optional.empty();
    }

    private static boolean isDescriptionWord(Token token) {
        return token.type() == Token.Type.WORD && !ENDS.contains(token.lower());
    }

    private static String join(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).text());
        }
        return String.join(" ", words);
    }
}
