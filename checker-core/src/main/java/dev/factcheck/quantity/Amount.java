package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The number at the start of a quantity and the tokens {@code [from, to)} it takes: digits, words, or an article that
 * stands for one ({@code an hour}) or a half ({@code half an hour}) and so needs a unit after it. Internal.
 */
record Amount(double value, int from, int to, Form form) {
    /** Words after which {@code one} is a pronoun. */
    private static final Set<String> PRONOUN_FOLLOWERS =
            Set.of("of", "that", "which", "who", "another", "is", "was", "in", "on", "at", "by", "for");

    /** How the number was written. */
    enum Form {
        DIGITS,
        WORDS,
        /** {@code a}, {@code an} or {@code half a}: a number only before a unit. */
        ARTICLE
    }

    static Optional<Amount> read(List<Token> tokens, int i, int end) {
        Token token = tokens.get(i);
        if (token.type() == Token.Type.SYMBOL) {
            return Optional.empty();
        }
        if (token.isWord("half") && isArticleAt(tokens, i + 1, end)) {
            return Optional.of(new Amount(0.5, i, i + 2, Form.ARTICLE));
        }
        Optional<Amount> number = NumberWords.read(tokens, i, end)
                .map(r -> new Amount(r.value(), i, r.end(), formOf(token)))
                .filter(a -> !isPronounOne(tokens, a, end));
        if (number.isPresent() || !isArticleAt(tokens, i, end)) {
            return number;
        }
        return Optional.of(new Amount(1, i, i + 1, Form.ARTICLE));
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
