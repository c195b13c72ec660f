package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "2, two",
        "12, twelve",
        "40, forty",
        "23, twenty-three",
        "105, one hundred and five",
        "900, nine hundred",
        "999, nine hundred and ninety-nine"
    })
    void spellsNumbersAsNewsWritesThem(int number, String words) {
        assertThat(SpelledNumbers.spell(number)).isEqualTo(words);
    }
}
