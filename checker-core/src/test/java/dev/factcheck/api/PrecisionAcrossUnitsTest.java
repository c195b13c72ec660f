package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.Verdict;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures written in different units agree within the precision each is written with: a round figure is as precise
 * as its last digit that is not a zero, and a printed conversion is rounded too. Figures in one unit, and money, are
 * compared as written.
 */
class PrecisionAcrossUnitsTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The probe has flown 3 billion miles so far.      | The probe has flown 4.88 billion km so far.       | AGREE
            The probe has flown 476,000 miles so far.        | The probe has flown 766,000 kilometers so far.   | AGREE
            The probe has flown 476,000 miles so far.        | The probe has flown 866,000 kilometers so far.   | DIVERGE
            The probe has flown 10 km so far.                | The probe has flown 6 miles so far.              | AGREE
            The probe has flown 277 miles so far.            | The probe has flown 370 km so far.               | DIVERGE
            The probe has flown 4 km so far.                 | The probe has flown 3.9 km so far.               | DIVERGE
            """)
    void comparesDistancesInTwoUnitsWithinTheirPrecision(String first, String second, Verdict expected) {
        assertThat(verdict("distance", first, second)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The shares closed at $106.30 on Friday.          | The shares closed at $106.10 on Friday.          | DIVERGE
            The shares closed at $106 on Friday.             | The shares closed at $106.10 on Friday.          | DIVERGE
            """)
    void comparesMoneyAsWritten(String first, String second, Verdict expected) {
        assertThat(verdict("money", first, second)).isEqualTo(expected);
    }

    private static Verdict verdict(String kind, String first, String second) {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.of(kind, "figure").near("flown", "closed"))
                .build();

        return check.checkTexts(Map.of("a.txt", first, "b.txt", second))
                .claim("figure")
                .orElseThrow()
                .verdict();
    }
}
