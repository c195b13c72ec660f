package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Digits that name rather than count: a code with a leading zero ({@code 020}), a phone number ({@code 555-1234},
 * {@code 020 7946 0958}), or a bare model or mission number after a name ({@code Apollo 11}, {@code Boeing 737}).
 * Internal.
 */
final class Identifiers {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    /** Capitalized words that a figure may follow without being their number. */
    private static final Set<String> NOT_NAMES = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "i",
            "us",
            "usd",
            "eur",
            "gbp",
            "magnitude",
            "about",
            "some",
            "nearly",
            "almost",
            "around",
            "over",
            "under",
            "only",
            "just");

    private Identifiers() {}

    static boolean isIdentifier(List<Token> tokens, int i, TokenRange range) {
        Token token = tokens.get(i);
        if (token.type() != Token.Type.NUMBER) {
            return false;
        }
        return isCode(token) || isPhone(tokens, i, range);
    }

    /**
     * {@code Apollo 11}, {@code Boeing 737}: a bare integer right after a capitalized word that does not start the
     * sentence. Not in a headline, where every word is capitalized ({@code Storm Kills 12}).
     */
    static boolean isNumbered(List<Token> tokens, int i, TokenRange range) {
        if (i - 1 <= range.from() || !DIGITS.matcher(tokens.get(i).text()).matches()) {
            return false;
        }
        Token name = tokens.get(i - 1);
        return name.isCapitalized()
                && !NOT_NAMES.contains(name.lower())
                && name.gap() != Token.Gap.NONE
                && !isHeadline(tokens, range);
    }

    /** Whether most words of the sentence are capitalized, as in a headline or a line in capitals. */
    private static boolean isHeadline(List<Token> tokens, TokenRange range) {
        int words = 0;
        int capitalized = 0;
        for (int k = range.from(); k < range.to(); k++) {
            if (tokens.get(k).type() == Token.Type.WORD) {
                words++;
                capitalized += tokens.get(k).isCapitalized() ? 1 : 0;
            }
        }
        return capitalized * 10 > words * 6;
    }

    /** A run of digits with a leading zero is a code, not an amount: {@code 020}, {@code 007}. */
    private static boolean isCode(Token token) {
        String text = token.text();
        return text.length() > 1 && text.charAt(0) == '0' && Character.isDigit(text.charAt(1));
    }

    /** Three or more digit groups glued by hyphens, or a group of three then four: {@code 555-1234}. */
    private static boolean isPhone(List<Token> tokens, int i, TokenRange range) {
        boolean threeFour = i + 2 < range.to()
                && tokens.get(i + 1).isSymbol('-')
                && tokens.get(i + 1).isGlued()
                && tokens.get(i + 2).isGlued()
                && THREE_DIGITS.matcher(tokens.get(i).text()).matches()
                && FOUR_DIGITS.matcher(tokens.get(i + 2).text()).matches();
        boolean afterGroup = i - 2 >= range.from()
                && tokens.get(i - 1).isSymbol('-')
                && tokens.get(i).isGlued()
                && THREE_DIGITS.matcher(tokens.get(i - 2).text()).matches()
                && FOUR_DIGITS.matcher(tokens.get(i).text()).matches();
        return threeFour || afterGroup;
    }
}
