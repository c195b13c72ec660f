package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.source.SourceText;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryYearTest {
    /** The definition of a year, as a pattern: the scan must find what it finds. */
    private static final Pattern YEAR =
            Pattern.compile("(?<![\\d.,])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![\\d]|[.,]\\d)");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2019, 971 cases           | 2019
            12019 and then 1998          | 1998
            1,234 people in 2012         | 2012
            2019.5 then 2014.            | 2014
            .2019 or ,2018 or 2017       | 2017
            0999 2200 3000               | 0
            the 55-minute meeting        | 0
            """)
    void findsTheFirstYear(String text, int year) {
        assertThat(StoryYear.firstYear(text)).isEqualTo(year == 0 ? OptionalInt.empty() : OptionalInt.of(year));
    }

    @Test
    void takesTheFirstSourceThatNamesAYear() {
        List<SourceText> sources =
                List.of(SourceText.of("a.txt", "No year here."), SourceText.of("b.txt", "In 2012 and 2013."));

        assertThat(StoryYear.of(sources)).hasValue(2012);
    }

    @RepeatedTest(300)
    void findsWhatThePatternFinds() {
        Random random = new Random();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("0121299.,a ".charAt(random.nextInt(11)));
        }
        Matcher m = YEAR.matcher(text);
        OptionalInt expected = m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();

        assertThat(StoryYear.firstYear(text)).as(text.toString()).isEqualTo(expected);
    }
}
