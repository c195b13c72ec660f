package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts of money: a sign or code before the figure ({@code $128}, {@code $ 66 billion}, {@code US$66bn},
 * {@code €2.5m}, {@code USD 5}) or a currency after it ({@code 66 billion dollars}, {@code 5 USD}). A glued
 * {@code m} means million only after a currency sign; elsewhere it is metres. Internal.
 */
final class Money {
    /** Scales written glued to a figure after a currency sign. */
    private static final Map<String, Double> SIGNED_SCALES =
            Map.of("m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9, "b", 1e9, "k", 1e3, "tn", 1e12, "trn", 1e12);

    private Money() {}

    static Optional<Figure> read(List<Token> tokens, Amount amount, TokenRange range) {
        int from = amount.from();
        if (from > range.from() && Currencies.sign(tokens.get(from - 1)).isPresent()) {
            int sign = from - 1;
            String code = Currencies.signed(tokens, sign, range.from());
            int start = Currencies.hasPrefix(tokens, sign, range.from()) ? sign - 1 : sign;
            return Optional.of(scaled(tokens, amount, start, code, range));
        }
        if (from > range.from()) {
            Optional<String> code = Currencies.codeBefore(tokens.get(from - 1));
            if (code.isPresent()) {
                return Optional.of(scaled(tokens, amount, from - 1, code.get(), range));
            }
        }
        int next = amount.to();
        Optional<String> named = next < range.to() ? Currencies.after(tokens.get(next)) : Optional.empty();
        return named.map(code -> money(amount.value(), from, next + 1, code));
    }

    private static Figure scaled(List<Token> tokens, Amount amount, int start, String code, TokenRange range) {
        int next = amount.to();
        if (next < range.to()
                && tokens.get(next).isGlued()
                && SIGNED_SCALES.containsKey(tokens.get(next).lower())) {
            return money(amount.value() * SIGNED_SCALES.get(tokens.get(next).lower()), start, next + 1, code);
        }
        return money(amount.value(), start, next, code);
    }

    private static Figure money(double value, int from, int to, String code) {
        return new Figure(Dimension.MONEY, value, value, from, to, 1, Optional.of(code));
    }
}
