package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityReaderTest {
    private static final double YEAR = 365.2425 * 86_400;
    private static final double INF = Double.POSITIVE_INFINITY;

    private final QuantityReader reader = QuantityReader.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            23,000                        | 23000
            1.2 million                   | 1200000
            twenty-three thousand         | 23000
            twenty three                  | 23
            one hundred and five          | 105
            a dozen                       | 12
            two dozen                     | 24
            a hundred thousand            | 100000
            ten thousand five hundred     | 10500
            3 billion                     | 3000000000
            .08                           | 0.08
            seven                         | 7
            """)
    void readsNumbersInDigitsAndWords(String text, double value) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.NUMBER);
            assertThat(q.value().getAsDouble()).isCloseTo(value, within(1e-9));
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(text.strip());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            23,000 dead                    | 23000 | 23000
            at least 23,000                | 23000 | INF
            no fewer than 23,000           | 23000 | INF
            more than 380                  | 381   | INF
            over 380                       | 381   | INF
            upwards of 380                 | 381   | INF
            up to 400                      | 0     | 400
            at most 400                    | 0     | 400
            fewer than 400                 | 0     | 399
            nearly 400                     | 360   | 400
            almost 1,900                   | 1710  | 1900
            close to 400                   | 360   | 400
            about 12,000                   | 10800 | 13200
            around 12,000                  | 10800 | 13200
            some 12,000                    | 10800 | 13200
            roughly 12,000                 | 10800 | 13200
            an estimated 12,000            | 10800 | 13200
            12,000 or so                   | 10800 | 13200
            12,000 or more                 | 12000 | INF
            nearly thousands of            | 1800  | INF
            surpass 1,000                  | 1001  | INF
            surpassed 1,000                | 1001  | INF
            surpassing 1,000               | 1001  | INF
            no more than 400               | 0     | 400
            less than or equal to 400      | 0     | 400
            greater than or equal to 400   | 400   | INF
            just after 400                 | 400   | 440
            just before 400                | 360   | 400
            a couple of people             | 1.8   | 2.2
            """)
    void readsHedgesAsIntervals(String text, String min, String max) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.interval().min()).isCloseTo(parse(min), within(1e-6));
        assertThat(read.interval().max()).isEqualTo(parse(max));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            55-minute                      | 3300
            55 minutes                     | 3300
            an hour                        | 3600
            close to an hour               | 3600
            an hour and a half             | 5400
            half an hour                   | 1800
            one and a half hours           | 5400
            two days                       | 172800
            a fortnight                    | 1209600
            a half-hour                    | 1800
            a couple of days               | 172800
            a couple days                  | 172800
            """)
    void readsDurationsInSeconds(String text, double seconds) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.dimension()).isEqualTo(Dimension.DURATION);
        assertThat(read.value().getAsDouble()).isCloseTo(seconds, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ran it in 2 hours, 6 minutes, 23 seconds flat    | 2 hours, 6 minutes, 23 seconds | 7583
            ran it in 2 hours 6 minutes yesterday            | 2 hours 6 minutes              | 7560
            a wait of 1 hour and 20 minutes                  | 1 hour and 20 minutes          | 4800
            after two hours and ten minutes of talks         | two hours and ten minutes      | 7800
            held for 3 years and 2 months                    | 3 years and 2 months           | 99930348
            lasted 5 days, 3 hours and 12 minutes            | 5 days, 3 hours and 12 minutes | 443520
            """)
    void readsALengthOfTimeInSeveralUnitsAsOneMention(String text, String written, double seconds) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.DURATION);
            assertThat(q.value().getAsDouble()).isCloseTo(seconds, within(1.0));
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"took 2 hours and 3 hours", "5 minutes, 10 minutes", "between 2 hours and 30 minutes"})
    void keepsTimesInAnEqualOrLargerUnitApart(String text) {
        assertThat(reader.read(text)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"18 months", "18-month", "a year and a half", "one and a half years"})
    void readsMonthsAndYearsOnOneScale(String text) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.value().getAsDouble()).isCloseTo(1.5 * YEAR, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five per cent                 | PERCENTAGE
            44%                           | PERCENTAGE
            44 percent                    | PERCENTAGE
            $66 billion                   | MONEY
            US$66 billion                 | MONEY
            the 40th anniversary          | ORDINAL
            in 2012                       | DATE
            a 25-year-old man             | AGE
            aged 25                       | AGE
            Daniel Reyes, 58, was jailed  | AGE
            In Chile, 33 miners waited    | NUMBER
            on May 1, 2025, voters        | DATE
            Reyes, 580, was               | NUMBER
            """)
    void marksFiguresThatAreNotCounts(String text, Dimension dimension) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().extracting(Quantity::dimension).isEqualTo(dimension);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she retired at the age of 94 last year    | 94        | 94
            the poet, aged 94, spoke                  | 94        | 94
            he died aged 94 in his home               | 94        | 94
            she died at age 94                        | 94        | 94
            the baby, ten months old, was found       | 0.8333333 | ten months old
            a man 94 years old was found              | 94        | 94 years old
            a 35-year-old Kenyan won                  | 35        | 35-year-old
            a six-week-old puppy                      | 0.1149921 | six-week-old
            """)
    void readsAgesAsYears(String text, double years, String written) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.AGE);
            assertThat(q.value().getAsDouble()).isCloseTo(years, within(1e-6));
            assertThat(text.substring(q.figure().start(), q.figure().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            shortly after 6 p.m.           | TIME     | 64800  | 65459
            just after 6 p.m.              | TIME     | 64800  | 65459
            just before 6 p.m.             | TIME     | 64259  | 64859
            a couple of days               | DURATION | 155520 | 190080
            half an hour                   | DURATION | 1800   | 1800
            """)
    void readsHedgesOfTimeAsIntervals(String text, Dimension dimension, double min, double max) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.dimension()).isEqualTo(dimension);
        assertThat(read.interval().min()).isCloseTo(min, within(1e-6));
        assertThat(read.interval().max()).isCloseTo(max, within(1e-6));
        assertThat(read.span().start()).isZero();
        assertThat(read.span().end()).isEqualTo(text.length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a couple who met in Paris", "the couple"})
    void readsNoCountInACoupleOfPeopleTogether(String text) {
        assertThat(reader.read(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a 200g bar                       | MASS   | 0.2       | 200g
            a 500 mg dose                    | MASS   | 0.0005    | 500 mg
            2000 milligrams of salt          | MASS   | 0.002     | 2000 milligrams
            a 12 oz can                      | MASS   | 0.3401943 | 12 oz
            a 5 lb bag                       | MASS   | 2.2679619 | 5 lb
            a 5 lbs bag                      | MASS   | 2.2679619 | 5 lbs
            a 40t truck                      | MASS   | 40000     | 40t
            40 tonnes of grain               | MASS   | 40000     | 40 tonnes
            2 kg of rice                     | MASS   | 2         | 2 kg
            10 gallons of fuel               | VOLUME | 37.854118 | 10 gallons
            3 litres of water                | VOLUME | 3         | 3 litres
            a 2l bottle                      | VOLUME | 2         | 2l
            500 cubic feet of gas            | VOLUME | 14158.423 | 500 cubic feet
            20 cubic metres of sand          | VOLUME | 20000     | 20 cubic metres
            """)
    void readsMassesAndVolumesInTheirCanonicalUnit(String text, Dimension dimension, double value, String written) {
        List<Quantity> read = reader.read(text);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(dimension);
            assertThat(q.value().getAsDouble()).isCloseTo(value, within(1e-3));
            assertThat(text.substring(q.figure().start(), q.figure().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the 5G network", "wait a t", "a 5 G signal"})
    void readsNoMassOrVolumeInALetterWrittenApartOrInCapitals(String text) {
        assertThat(reader.read(text)).allSatisfy(q -> assertThat(q.dimension()).isEqualTo(Dimension.NUMBER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Net change: - 1,200,000'          | -1200000 | - 1,200,000
            'Q3 | - 1,200,000 | up'            | -1200000 | - 1,200,000
            '- 45'                             | -45      | - 45
            """)
    void readsAMinusAndASpaceBeforeAFigureEndingItsCellAsASign(String text, double value, String written) {
        List<Quantity> read = reader.read(text);

        assertThat(read).last().satisfies(q -> {
            assertThat(q.value().getAsDouble()).isEqualTo(value);
            assertThat(text.substring(q.figure().start(), q.figure().end())).isEqualTo(written);
        });
    }

    @Test
    void readsDaysOfAMonthThatRunForwardsAsOneDate() {
        List<Quantity> read = reader.read("The floods of June 1-3 closed the road");

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Dimension.DATE);
            assertThat(q.interval().max() - q.interval().min()).isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The floods of June 30-1 closed the road", "Rain fell from March 16-12 across the north"})
    void readsNoDateInDaysOfAMonthThatRunBackwards(String text) {
        List<Quantity> read = reader.read(text);

        assertThat(read).noneSatisfy(q -> assertThat(q.dimension()).isEqualTo(Dimension.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"- 5 people died", "the toll - 1,200 - was high", "won 3 - 1"})
    void keepsADashBeforeAFigureWithWordsAfterItUnsigned(String text) {
        assertThat(reader.read(text))
                .allSatisfy(q -> assertThat(q.value().getAsDouble()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "a recent poll",
                "one of the leaders",
                "the P5-plus-one group",
                "an",
                "a",
                "G20",
                "in 2022 dollars"
            })
    void readsNoQuantityWhereThereIsNone(String text) {
        assertThat(reader.read(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            has left at least 23,000 dead  | at least 23,000
            met for close to an hour today | close to an hour
            during a 55-minute meeting     | 55-minute
            """)
    void spansTheHedgeAndTheFigureAsWritten(String text, String written) {
        Quantity read = reader.read(text).get(0);

        assertThat(text.substring(read.span().start(), read.span().end())).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            between 20 and 30 dead        | NUMBER | 20     | 30     | between 20 and 30
            from 10 to 15 people          | NUMBER | 10     | 15     | from 10 to 15
            20 to 30 minutes              | DURATION | 1200 | 1800   | 20 to 30 minutes
            20-30                         | NUMBER | 20     | 30     | 20-30
            aged 11 to 16                 | AGE    | 11     | 16     | 11 to 16
            ages 11-16                    | AGE    | 11     | 16     | 11-16
            aged between 11 and 17        | AGE    | 11     | 17     | between 11 and 17
            one or two                    | NUMBER | 1      | 2      | one or two
            """)
    void readsRangesAsBothEnds(String text, Dimension dimension, double min, double max, String written) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.dimension()).isEqualTo(dimension);
        assertThat(read.interval()).isEqualTo(new Interval(min, max));
        assertThat(read.value()).isEmpty();
        assertThat(text.substring(read.span().start(), read.span().end())).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 to 4 million people          | NUMBER | 3000000    | 4000000
            an estimated 3 to 4 million    | NUMBER | 2700000    | 4400000
            between two and three billion  | NUMBER | 2000000000 | 3000000000
            1-1.5 million                  | NUMBER | 1000000    | 1500000
            $3 to 4 million                | MONEY  | 3000000    | 4000000
            $2-3bn                         | MONEY  | 2000000000 | 3000000000
            500 to 2 million               | NUMBER | 500        | 2000000
            10 to 20 thousand              | NUMBER | 10000      | 20000
            """)
    void givesTheFirstFigureOfARangeTheScaleOfTheSecond(String text, Dimension dimension, double min, double max) {
        Quantity read = reader.read(text).get(0);

        assertThat(read.dimension()).isEqualTo(dimension);
        assertThat(read.interval().min()).isCloseTo(min, within(1e-3));
        assertThat(read.interval().max()).isCloseTo(max, within(1e-3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"won 3-1", "voted 5 to 4", "about 370km, or 277 miles"})
    void keepsFallingPairsAsTwoFigures(String text) {
        assertThat(reader.read(text)).hasSize(2);
    }

    private static double parse(String bound) {
        return bound.equals("INF") ? INF : Double.parseDouble(bound);
    }
}
