package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Months named alone, in a story whose year is 2019, as the days they cover. */
class MonthPartsTest {
    private static final OptionalInt STORY_YEAR = OptionalInt.of(2019);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the law takes effect in April         | April            | 2019-04-01 | 2019-04-30
            a ruling is due by January            | January          | 2019-01-01 | 2019-01-31
            the talks stalled in late February    | late February    | 2019-02-21 | 2019-02-28
            the fire began in early March 2018    | early March 2018 | 2018-03-01 | 2018-03-10
            the vote is set for mid-June          | mid-June         | 2019-06-11 | 2019-06-20
            prices rose since mid June            | mid June         | 2019-06-11 | 2019-06-20
            """)
    void readsAMonthAloneAsItsDaysInTheStorysYear(String text, String written, LocalDate first, LocalDate last) {
        List<ReadQuantity> read = read(text);

        assertThat(read).singleElement().satisfies(r -> {
            Quantity q = r.quantity();
            assertThat(q.dimension()).isEqualTo(Dimension.DATE);
            assertThat(q.interval()).isEqualTo(new Interval(first.toEpochDay(), last.toEpochDay()));
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(written);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"May said the talks were over", "they march to the square", "Theresa May spoke"})
    void readsNoDateInAMonthNameWithoutADateWordBeforeIt(String text) {
        assertThat(read(text)).isEmpty();
    }

    private static List<ReadQuantity> read(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return QuantityReader.english().read(tokens, new TokenRange(0, tokens.size()), STORY_YEAR);
    }
}
