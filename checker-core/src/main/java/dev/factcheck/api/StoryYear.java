package dev.factcheck.api;

import dev.factcheck.source.SourceText;
import java.util.List;
import java.util.OptionalInt;

/**
 * The year of a story, for the dates of a source that names none ({@code on June 23rd}): the first year that any of
 * the story's sources names, in source order. A year is four ASCII digits from 1000 to 2199 that no digit, period or
 * comma comes before, and no digit, nor a period or comma and a digit, comes after ({@code 2019}, not {@code 12019},
 * {@code 1,234} or {@code 2019.5}). One pass over the characters, no pattern.
 */
final class StoryYear {
    private StoryYear() {}

    static OptionalInt of(List<SourceText> sources) {
        for (SourceText source : sources) {
            OptionalInt year = firstYear(source.text());
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
    }

    static OptionalInt firstYear(CharSequence text) {
        int length = text.length();
        for (int i = 0; i + 4 <= length; i++) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            if (i > 0 && isDigitOrSeparator(text.charAt(i - 1))) {
                continue;
            }
            int year = digitsAt(text, i);
            if (year >= 1000 && year <= 2199 && !continuesNumber(text, i + 4)) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    /** The value of the four characters from {@code i} when they are all digits, else -1. */
    private static int digitsAt(CharSequence text, int i) {
        int value = 0;
        for (int k = i; k < i + 4; k++) {
            char c = text.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean continuesNumber(CharSequence text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char next = text.charAt(at);
        return isDigit(next)
                || ((next == '.' || next == ',') && at + 1 < text.length() && isDigit(text.charAt(at + 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrSeparator(char c) {
        return isDigit(c) || c == '.' || c == ',';
    }
}
