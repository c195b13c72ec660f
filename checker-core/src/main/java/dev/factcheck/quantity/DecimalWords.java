package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;

/**
 * The decimals of a number in words after {@code point}: digit by digit ({@code two hundred point zero three} is
 * 200.03) or as one number below a hundred ({@code two hundred point seventy-one} is 200.71). {@code at one point}
 * is a moment, never a decimal. Internal.
 */
final class DecimalWords {
    private DecimalWords() {}

    /** The whole number read from {@code start} to {@code whole.end()} with the decimals after it, if there are any. */
    static Optional<NumberWords.Read> after(List<Token> tokens, int start, NumberWords.Read whole, int end) {
        int point = whole.end();
        boolean atOnePoint = start > 0 && tokens.get(start - 1).isWord("at");
        if (point + 1 >= end
                || !tokens.get(point).isWord("point")
                || atOnePoint
                || whole.value() != Math.rint(whole.value())) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        int at = point + 1;
        while (at < end && digit(tokens.get(at)) >= 0) {
            digits.append(digit(tokens.get(at)));
            at++;
        }
        if (digits.length() == 0) {
            Optional<WordSum.Result> part = WordSum.read(tokens, point + 1, end, WordSum.Ending.CARDINAL)
                    .filter(r -> r.value() < 100);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            digits.append((int) part.get().value());
            at = part.get().end();
        }
        return Optional.of(new NumberWords.Read(whole.value() + Double.parseDouble("0." + digits), at));
    }

    /** The digit a word names, {@code zero} to {@code nine}; -1 for any other token. */
    private static int digit(Token token) {
        Integer value = WordSum.SMALL.get(token.lower());
        return token.type() == Token.Type.WORD && value != null && value < 10 ? value : -1;
    }
}
