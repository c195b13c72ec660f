package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternLiteralTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '~', nullValues = "none", textBlock = """
            volunteer(s|ed)?          ~ volunteer
            deaths?                   ~ death
            (?i)\\bdeath toll         ~ death toll
            ^killed by                ~ killed by
            casualt(y|ies)            ~ casualt
            dead|killed               ~ none
            (dead|killed) people      ~ none
            [Dd]eaths                 ~ none
            x?                        ~ none
            ab{2}                     ~ a
            (?i:dead)                 ~ none
            """)
    void readsTheLiteralEveryMatchStartsWith(String pattern, String literal) {
        assertThat(PatternLiteral.leading(pattern).orElse(null)).isEqualTo(literal);
    }
}
