package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clock times and race times, read through the reader as a story's sentences give them. */
class ClockTest {
    private final QuantityReader reader = QuantityReader.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the alarm rang at 6.08am on the day          | 6.08am                  | 22080 | 22139
            the alarm rang at 6.08 a.m. that day         | 6.08 a.m.               | 22080 | 22139
            the shift began at 06:12 sharp               | 06:12                   | 22320 | 22379
            the door opened at 06:12:30 exactly          | 06:12:30                | 22350 | 22350
            the polls closed at 11:12 p.m. ET on Tuesday | 11:12 p.m. ET           | 83520 | 83579
            it landed at 7:50 a.m. EDT after the storm   | 7:50 a.m. EDT           | 28200 | 28259
            at 11:12 p.m. New York time he spoke          | 11:12 p.m. New York time | 83520 | 83579
            the vote ended at 23:55 GMT                  | 23:55 GMT               | 86100 | 86159
            the launch was at 4 p.m. local time          | 4 p.m. local time       | 57600 | 57659
            sirens at 9:40 Eastern Standard Time today   | 9:40 Eastern Standard Time | 34800 | 34859
            the bell rang at 2:06:23 p.m. today          | 2:06:23 p.m.            | 50783 | 50783
            the train left at 0830 UTC                   | 0830 UTC                | 30600 | 30659
            """)
    void readsClockTimesWithTheirZoneInTheMentionAndTheLocalValue(String text, String written, double min, double max) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.TIME);
            assertThat(q.interval()).isEqualTo(new Interval(min, max));
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she won the marathon in 2:06:23 on Sunday     | 2:06:23  | 7583
            a course record of 2:01:39                    | 2:01:39  | 7299
            he finished in 2:06.23 behind the leader      | 2:06.23  | 7583
            about 3:10:00 for the amateurs                | 3:10:00  | 11400
            """)
    void readsRaceTimesWithoutATimeOfDayAsLengths(String text, String written, double seconds) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.DURATION);
            assertThat(q.value().getAsDouble()).isEqualTo(seconds);
            assertThat(text.substring(q.figure().start(), q.figure().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the rate rose 6.08 points", "a 2.45 share", "scored 6.08 in the final"})
    void readsADecimalWithoutAmOrPmOrAZoneAsANumber(String text) {
        assertThat(reader.read(text))
                .singleElement()
                .extracting(Quantity::dimension)
                .isEqualTo(Dimension.NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the code 77777777777:05 failed", "the file opened at 123:45 a.m."})
    void readsNoTimeOfDayInAFigureOfMoreThanTwoDigitsBeforeAColon(String text) {
        assertThat(reader.read(text)).noneSatisfy(q -> assertThat(q.dimension()).isEqualTo(Dimension.TIME));
    }
}
