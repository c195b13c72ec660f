package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Set;

/**
 * The sign or words that make a figure a percentage: {@code %}, {@code percent}, {@code pct}, {@code per cent}, and
 * the less careful {@code percents} and {@code percentage} ({@code 100 percentage}); a doubled one is read as one
 * ({@code 44% percent}). {@code 5 percentage points} is a difference of percentages, not a percentage, and is left to
 * be a number. Internal.
 */
final class PercentWords {
    private static final Set<String> WORDS = Set.of("percent", "pct", "percents", "percentage");

    private PercentWords() {}

    /** The index after the percent sign or words at {@code i}, or {@code i} when there are none. */
    static int after(List<Token> tokens, int i, int end) {
        int next = one(tokens, i, end);
        return next > i ? one(tokens, next, end) : i;
    }

    private static int one(List<Token> tokens, int i, int end) {
        if (i >= end) {
            return i;
        }
        Token token = tokens.get(i);
        if (token.isSymbol('%')) {
            return i + 1;
        }
        if (token.isWord("per") && i + 1 < end && tokens.get(i + 1).isWord("cent")) {
            return i + 2;
        }
        boolean points = token.isWord("percentage")
                && i + 1 < end
                && (tokens.get(i + 1).isWord("point") || tokens.get(i + 1).isWord("points"));
        return WORDS.contains(token.lower()) && !points ? i + 1 : i;
    }
}
