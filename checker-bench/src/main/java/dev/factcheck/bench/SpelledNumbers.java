package dev.factcheck.bench;

import java.util.List;

/** Whole numbers written out in English words, as news writes them: {@code twenty-three}, {@code one hundred and five}. */
final class SpelledNumbers {
    private static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    private static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private SpelledNumbers() {}

    /** {@code n} in words, for 0 to 999. */
    static String spell(int n) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("n must be in [0, 999], was " + n);
        }
        if (n >= 100) {
            int rest = n % 100;
            return UNITS.get(n / 100) + " hundred" + (rest == 0 ? "" : " and " + spell(rest));
        }
        if (n < 20) {
            return UNITS.get(n);
        }
        return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + UNITS.get(n % 10));
    }
}
