package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakersTest {
    @ParameterizedTest(name = "{1} for {0}: {2}")
    @CsvSource({
        "Stephen Harper, Harper, true",
        "Stephen Harper, Mr. Harper, true",
        "Stephen Harper, Prime Minister Stephen Harper, true",
        "Stephen Harper, Lavrov, false",
        "Ma Liya, Ma, true",
        "Ma Liya, Ma Hao, false",
        "Hugh Grant, CEO Hugh Grant, true",
        "Hugh Grant, Prime Minister, false"
    })
    void matchesANameByItsWordsLeavingTitlesAside(String speaker, String attributed, boolean matches) {
        assertThat(Speakers.matches(speaker, attributed)).isEqualTo(matches);
    }
}
