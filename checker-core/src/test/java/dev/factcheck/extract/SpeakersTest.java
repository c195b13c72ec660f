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
        "Hugh Grant, Prime Minister, false",
        "Ann Okafor, Dr. Ann B. Okafor, true",
        "Ann Okafor, Dr. Ann B. Okafor M.D., true",
        "Ann Okafor, Health Agency Director Ann Okafor, true",
        "Ann Okafor, Okafor Jr., true",
        "Ann Okafor, John Okafor, false",
        "Ann Okafor, Okafor Ann Lee, false",
        "Dr. Ann Okafor, Okafor, true",
        "Metro Transit, Metro Transit, true",
        "Metro Transit, Transit, true",
        "the ministry, a spokesman for the ministry, true",
        "the fire agency, A spokesman for the fire agency, true",
        "the former producer, the former producer, true",
        "the former producer, the producer, false",
        "the ministry, the Foreign Ministry, true"
    })
    void matchesANameByItsWordsLeavingTitlesAside(String speaker, String attributed, boolean matches) {
        assertThat(Speakers.matches(speaker, attributed)).isEqualTo(matches);
    }
}
