package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar of numbers in words and digits, phrase by phrase: each row gives a text and every quantity read from
 * it as {@code KIND value "text as written"} (a range as {@code KIND [min, max]}), joined by {@code ;}.
 */
class NumberGrammarTest {
    private final QuantityReader reader = QuantityReader.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hundred and three and two thirds   | NUMBER 103.666667 "one hundred and three and two thirds"
            one hundred and three quarters         | NUMBER 100.75 "one hundred and three quarters"
            one hundred and thirty and two fifths  | NUMBER 130.4 "one hundred and thirty and two fifths"
            twenty and three and three fifths      | NUMBER 23.6 "twenty and three and three fifths"
            one and a fourth                       | NUMBER 1.25 "one and a fourth"
            two and a half million                 | NUMBER 2500000 "two and a half million"
            a half                                 | NUMBER 0.5 "a half"
            a hundredth                            | NUMBER 0.01 "a hundredth"
            a trillionth                           | NUMBER 0.000000000001 "a trillionth"
            a hundred trillionths                  | NUMBER 0.0000000001 "a hundred trillionths"
            a twenty-first                         | NUMBER 0.0476190476 "a twenty-first"
            one twenty-fifth                       | NUMBER 0.04 "one twenty-fifth"
            three twenty-firsts                    | NUMBER 0.142857143 "three twenty-firsts"
            twenty fifths                          | NUMBER 4 "twenty fifths"
            one hundredth of the vote              | NUMBER 0.01 "one hundredth"
            a tenth the size                       | NUMBER 0.1 "a tenth"
            a quarter-million people               | NUMBER 250000 "a quarter-million"
            a half-hour meeting                    | DURATION 1800 "a half-hour"
            """)
    void readsFractionsInWordsAndTheirSums(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 dozens                               | NUMBER 36 "3 dozens"
            three dozens                           | NUMBER 36 "three dozens"
            half a dozen                           | NUMBER 6 "half a dozen"
            half a million people                  | NUMBER 500000 "half a million"
            three hundred and two dozens           | NUMBER 324 "three hundred and two dozens"
            two  thousand  and  two hundred        | NUMBER 2200 "two  thousand  and  two hundred"
            fifty - two                            | NUMBER 52 "fifty - two"
            322 hundred                            | NUMBER 32200 "322 hundred"
            10k                                    | NUMBER 10000 "10k"
            a 5k race                              | NUMBER 5000 "5k"
            1.2b                                   | NUMBER 1200000000 "1.2b"
            2.33 k                                 | NUMBER 2330 "2.33 k"
            two hundred point zero three           | NUMBER 200.03 "two hundred point zero three"
            two hundred point seventy-one          | NUMBER 200.71 "two hundred point seventy-one"
            three point two million                | NUMBER 3200000 "three point two million"
            """)
    void readsScalesDozensAndDecimalsInWords(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one over three                         | NUMBER 0.333333333 "one over three"
            1 over 3                               | NUMBER 0.333333333 "1 over 3"
            1 over one hundred and twenty one      | NUMBER 0.00826446281 "1 over one hundred and twenty one"
            it is one over 20.                     | NUMBER 0.05 "one over 20"
            over 380 people died                   | NUMBER [381, Infinity] "over 380"
            raised $1.5 billion over three years   | MONEY 1500000000 "$1.5 billion"; DURATION [94670856, Infinity] "over three years"
            only one over 70 was hurt              | NUMBER 1 "one"; NUMBER [71, Infinity] "over 70"
            the vote was 52 over 48                | NUMBER 52 "52"; NUMBER [49, Infinity] "over 48"
            """)
    void readsOverAsAFractionOnlyWhereNothingSuggestsAHedge(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -1                                     | NUMBER -1 "-1"
            fell to -9.25                          | NUMBER -9.25 "-9.25"
            -4/5                                   | NUMBER -0.8 "-4/5"
            (-5)                                   | NUMBER -5 "-5"
            The answer is minus one                | NUMBER -1 "minus one"
            The answer is negative one over 20     | NUMBER -0.05 "negative one over 20"
            The answer is minus five point five    | NUMBER -5.5 "minus five point five"
            just need minus five percent           | PERCENTAGE -5 "minus five percent"
            won 3-1                                | NUMBER 3 "3"; NUMBER 1 "1"
            aged 11-16                             | AGE [11, 16] "11-16"
            hit 10 -20 towns                       | NUMBER 10 "10"; NUMBER 20 "20"
            the well-known 19                      | NUMBER 19 "19"
            - 5 people died                        | NUMBER 5 "5"
            the negative impact of 5 cuts          | NUMBER 5 "5"
            """)
    void readsNegativesOnlyWhereTheMinusCannotBeAHyphen(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hundred twenty fifth               | ORDINAL 125 "one hundred twenty fifth"
            one hundred twenty-fifth               | ORDINAL 125 "one hundred twenty-fifth"
            two hundredth                          | ORDINAL 200 "two hundredth"
            three trillionth                       | ORDINAL 3000000000000 "three trillionth"
            a hundred trillionth                   | ORDINAL 100000000000000 "a hundred trillionth"
            trillionth                             | ORDINAL 1000000000000 "trillionth"
            the one hundredth anniversary          | ORDINAL 100 "one hundredth"
            a fifth straight day                   | ORDINAL 5 "fifth"
            a third-place finish                   | ORDINAL 3 "third"
            twenty-one trillion and three hundred twenty second | ORDINAL 21000000000322 "twenty-one trillion and three hundred twenty second"
            a twenty second video                  | DURATION 20 "twenty second"
            twenty first-time buyers               | NUMBER 20 "twenty"; ORDINAL 1 "first"
            the first time                         | ORDINAL 1 "first"
            wait a second                          | DURATION 1 "a second"
            """)
    void readsCompoundOrdinals(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            100 percentage                         | PERCENTAGE 100 "100 percentage"
            one hundred percents                   | PERCENTAGE 100 "one hundred percents"
            44% percent                            | PERCENTAGE 44 "44% percent"
            five per cent                          | PERCENTAGE 5 "five per cent"
            rose 5 percentage points               | NUMBER 5 "5"
            """)
    void readsPercentWords(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            between one hundred and two hundred    | NUMBER [100, 200] "between one hundred and two hundred"
            between two thousand and three thousand | NUMBER [2000, 3000] "between two thousand and three thousand"
            at one point two men ran               | NUMBER 1 "one"; NUMBER 2 "two"
            the wall is 2.5m high                  | DISTANCE 2.5 "2.5m"
            paid $2.5m                             | MONEY 2500000 "$2.5m"
            the 5G network                         | NUMBER 5 "5"
            a quarter-final                        | ''
            one of the leaders                     | ''
            """)
    void keepsNewsReadingsOfLookAlikes(String text, String expected) {
        assertThat(described(text)).isEqualTo(expected);
    }

    private String described(String text) {
        return reader.read(text).stream()
                .map(q -> q.dimension() + " " + value(q) + " \""
                        + text.substring(q.span().start(), q.span().end()) + "\"")
                .collect(Collectors.joining("; "));
    }

    private static String value(Quantity q) {
        if (q.value().isPresent() && q.interval().min() == q.interval().max()) {
            return number(q.value().getAsDouble());
        }
        return "[" + number(q.interval().min()) + ", " + number(q.interval().max()) + "]";
    }

    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return "Infinity";
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value)
                .round(new MathContext(9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
