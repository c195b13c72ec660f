package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The number at the start of a quantity and the tokens {@code [from, to)} it takes: digits or words with their sign
 * ({@code -5}, {@code minus five}, see {@link Signs}), half of a number ({@code half a dozen}), {@code a couple of}
 * (two, read as about two), or an article that
 * stands for one ({@code an hour}) or a half ({@code half an hour}) and so needs a unit after it. Internal.
 */
record Amount(double value, int from, int to, Form form) {
    /** Words after which {@code one} is a pronoun. */
    private static final Set<String> PRONOUN_FOLLOWERS =
            Set.of("of", "that", "which", "who", "another", "is", "was", "in", "on", "at", "by", "for");

    /** Words after which {@code a second} is still a time: {@code a second later}, {@code a second or two}. */
    private static final Set<String> SECOND_FOLLOWERS = Set.of(
            "later", "ago", "earlier", "longer", "before", "after", "or", "and", "of", "to", "in", "for", "too", "each",
            "per", "faster", "slower", "behind", "ahead", "apart", "late", "early", "more", "less", "away");

    /** How the number was written. */
    enum Form {
        DIGITS,
        WORDS,
        /** {@code a}, {@code an} or {@code half a}: a number only before a unit. */
        ARTICLE
    }

    static Optional<Amount> read(List<Token> tokens, int i, int end) {
        int signed = Signs.after(tokens, i, end);
        if (signed > i) {
            return NumberWords.read(tokens, signed, end)
                    .map(r -> new Amount(-r.value(), i, r.end(), formOf(tokens.get(signed))));
        }
        Token token = tokens.get(i);
        if (token.type() == Token.Type.SYMBOL) {
            return Optional.empty();
        }
        int couple = coupleEnd(tokens, i, end);
        if (couple > i) {
            return Optional.of(new Amount(2, i, couple, Form.WORDS));
        }
        if (token.isWord("half") && isArticleAt(tokens, i + 1, end)) {
            return Optional.of(halfOf(tokens, i, end));
        }
        Optional<Amount> number = NumberWords.read(tokens, i, end)
                .map(r -> new Amount(r.value(), i, r.end(), formOf(token)))
                .filter(a -> !isPronounOne(tokens, a, end));
        if (number.isPresent() || !isArticleAt(tokens, i, end) || isSecondRank(tokens, i, end)) {
            return number;
        }
        return Optional.of(new Amount(1, i, i + 1, Form.ARTICLE));
    }

    /**
     * {@code a second term}, {@code a second body}: a rank, where {@code a second} before a noun is no time; {@code
     * a second later}, {@code a second or two}, {@code wait a second.} stay one second.
     */
    private static boolean isSecondRank(List<Token> tokens, int i, int end) {
        return i + 2 < end
                && tokens.get(i + 1).isWord("second")
                && tokens.get(i + 2).type() == Token.Type.WORD
                && !SECOND_FOLLOWERS.contains(tokens.get(i + 2).lower());
    }

    /**
     * The index after {@code a couple of}, {@code couple of} or {@code a couple} before a unit of time at {@code i}, or {@code i}: two, give or
     * take (see {@link #isCouple}).
     */
    private static int coupleEnd(List<Token> tokens, int i, int end) {
        int word = isArticleAt(tokens, i, end) ? i + 1 : i;
        if (word >= end || !tokens.get(word).isWord("couple")) {
            return i;
        }
        if (isOfAt(tokens, word + 1, end)) {
            return word + 2;
        }
        // 'a couple days' is two days, but 'a couple who met' is two people together, no count
        boolean unit = word > i
                && word + 1 < end
                && TimeUnit.named(tokens.get(word + 1).lower()).isPresent();
        return unit ? word + 1 : i;
    }

    /** Whether the amount at {@code i} is {@code a couple}, which a reader takes as about two, not exactly two. */
    static boolean isCouple(List<Token> tokens, int i, int end) {
        return coupleEnd(tokens, i, end) > i;
    }

    private static boolean isOfAt(List<Token> tokens, int i, int end) {
        return i < end && tokens.get(i).isWord("of");
    }

    /** {@code half a dozen}, {@code half a million}; else {@code half an hour}, a half before a unit. */
    private static Amount halfOf(List<Token> tokens, int i, int end) {
        return NumberWords.read(tokens, i + 1, end)
                .filter(r -> r.value() > 1)
                .map(r -> new Amount(r.value() / 2, i, r.end(), Form.WORDS))
                .orElse(new Amount(0.5, i, i + 2, Form.ARTICLE));
    }

    private static Form formOf(Token first) {
        return first.type() == Token.Type.NUMBER ? Form.DIGITS : Form.WORDS;
    }

    private static boolean isArticleAt(List<Token> tokens, int i, int end) {
        return i < end && (tokens.get(i).isWord("a") || tokens.get(i).isWord("an"));
    }

    /** {@code one of the}, {@code one that struck}: {@code one} standing for a thing, not counting it. */
    private static boolean isPronounOne(List<Token> tokens, Amount amount, int end) {
        if (!tokens.get(amount.from).isWord("one") || amount.to != amount.from + 1) {
            return false;
        }
        return amount.to >= end
                || (tokens.get(amount.to).type() == Token.Type.SYMBOL
                        && !tokens.get(amount.to).isSymbol('-'))
                || PRONOUN_FOLLOWERS.contains(tokens.get(amount.to).lower());
    }
}
