package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Which tokens can start a quantity: digits, a minus sign, and the words the readers start on (number words, ranks,
 * ratios, vague counts, months, articles before a unit, {@code in} before a decade of age). Every other token is
 * passed over with one look-up instead of trying every reader on it. Internal.
 */
final class QuantityStarts {
    private static final Set<String> WORDS = words();

    private QuantityStarts() {}

    static boolean canStart(Token token) {
        return switch (token.type()) {
            case NUMBER -> true;
            case SYMBOL -> token.isSymbol('-') || token.isSymbol('−');
            case WORD -> WORDS.contains(token.lower());
        };
    }

    private static Set<String> words() {
        Set<String> words =
                new HashSet<>(Set.of("a", "an", "half", "minus", "negative", "dozen", "hundred", "in", "couple"));
        words.addAll(WordSum.SMALL.keySet());
        words.addAll(WordSum.SCALES.keySet());
        words.addAll(Ordinals.WORDS.keySet());
        words.addAll(Ratios.WORDS.keySet());
        words.addAll(Vague.PLURALS.keySet());
        words.addAll(Dates.MONTHS.keySet());
        return Set.copyOf(words);
    }
}
