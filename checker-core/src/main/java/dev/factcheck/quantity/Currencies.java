package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Currency signs, codes and words, as ISO 4217 codes: a bare {@code $} is {@code USD}; {@code C$} {@code CAD},
 * {@code A$} {@code AUD}, {@code HK$} {@code HKD}; {@code €} {@code EUR}; {@code £} {@code GBP}; {@code ¥} {@code JPY}.
 * Internal.
 */
final class Currencies {
    private static final Map<String, String> SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "us", "USD", "c", "CAD", "ca", "CAD", "a", "AUD", "au", "AUD", "hk", "HKD", "nz", "NZD", "s", "SGD", "r",
            "BRL", "nt", "TWD");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("yen", "JPY"),
            Map.entry("rupees", "INR"),
            Map.entry("rupee", "INR"),
            Map.entry("francs", "CHF"),
            Map.entry("won", "KRW"),
            Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"),
            Map.entry("baht", "THB"));
    private static final Set<String> CODES = Set.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "CHF", "HKD", "INR", "KRW", "RUB", "SGD", "NZD", "THB",
            "BRL", "MXN", "SEK", "NOK", "DKK", "ZAR", "TWD", "RMB");

    private Currencies() {}

    /** A currency sign, as written just before an amount ({@code $ 66} or {@code $66}). */
    static Optional<String> sign(Token token) {
        return Optional.ofNullable(SIGNS.get(token.text()));
    }

    /** The code of a sign at {@code sign}, looking at letters glued before it ({@code US$}, {@code C$}). */
    static String signed(List<Token> tokens, int sign, int floor) {
        String code = SIGNS.get(tokens.get(sign).text());
        if (code.equals("USD") && hasPrefix(tokens, sign, floor)) {
            return DOLLAR_PREFIXES.get(tokens.get(sign - 1).lower());
        }
        return code;
    }

    /** Whether letters that name a dollar are glued before a {@code $}. */
    static boolean hasPrefix(List<Token> tokens, int sign, int floor) {
        return sign - 1 >= floor
                && tokens.get(sign).isGlued()
                && tokens.get(sign - 1).type() == Token.Type.WORD
                && DOLLAR_PREFIXES.containsKey(tokens.get(sign - 1).lower());
    }

    /** A currency named after an amount: {@code 66 billion dollars}, {@code 5 USD}. */
    static Optional<String> after(Token token) {
        if (token.type() != Token.Type.WORD) {
            return Optional.empty();
        }
        if (CODES.contains(token.text())) {
            return Optional.of(token.text().equals("RMB") ? "CNY" : token.text());
        }
        return Optional.ofNullable(WORDS.get(token.lower()));
    }

    /** A currency code before an amount: {@code USD 5}, {@code EUR 10m}. */
    static Optional<String> codeBefore(Token token) {
        return token.type() == Token.Type.WORD && CODES.contains(token.text())
                ? Optional.of(token.text().equals("RMB") ? "CNY" : token.text())
                : Optional.empty();
    }
}
