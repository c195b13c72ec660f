package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralScanTest {
    private static final LiteralScan ANCHORS = scan(List.of("killed", "death", "toll", "he", "hers"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 23,000 were KILLED.  | true
            the Death-toll rose           | true
            ushers in                     | true
            a quiet afternoon             | false
            kille d                       | false
            """)
    void findsAnyLiteralInAnyCase(String text, boolean found) {
        assertThat(ANCHORS.holdsAny(text, 0, text.length())).isEqualTo(found);
    }

    @Test
    void looksOnlyBetweenTheBounds() {
        String text = "killed in a quake";

        assertThat(ANCHORS.holdsAny(text, 1, text.length())).isFalse();
        assertThat(ANCHORS.holdsAny(text, 0, 6)).isTrue();
    }

    @Test
    void countsTheCharactersThatCaseFoldToAsciiLetters() {
        assertThat(scan(List.of("sos")).holdsAny("ſoſ", 0, 3)).isTrue();
        assertThat(scan(List.of("km")).holdsAny("\u212am", 0, 2)).isTrue();
    }

    @Test
    void withNoLiteralsNothingPassesAndWithAnEmptyOrForeignOneEverythingDoes() {
        assertThat(scan(List.of()).holdsAny("killed", 0, 6)).isFalse();
        assertThat(scan(List.of("killed", "")).holdsAny("calm", 0, 4)).isTrue();
        assertThat(scan(List.of("décès")).holdsAny("calm", 0, 4)).isTrue();
    }

    @RepeatedTest(100)
    void findsWhatASearchOfEachLiteralFinds() {
        Random random = new Random();
        List<String> literals = List.of(word(random, 3), word(random, 2), word(random, 4));
        String text = word(random, 60);

        boolean expected = literals.stream().anyMatch(text::contains);

        assertThat(scan(literals).holdsAny(text, 0, text.length()))
                .as(literals + " in " + text)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in ''{2}'': {3}")
    @CsvSource(delimiter = '|', textBlock = """
            aid    | WHOLE_WORD | officials said      | false
            aid    | WHOLE_WORD | the aid convoy      | true
            aid    | WHOLE_WORD | aided by            | false
            aid    | WHOLE_WORD | Aid's arrival       | true
            aid    | WHOLE_WORD | (aid)               | true
            aid    | WHOLE_WORD | aid2                | false
            th     | WHOLE_WORD | the 40th day        | true
            kill   | WORD_START | killed and          | true
            kill   | WORD_START | skill               | false
            kill   | ANYWHERE   | skill               | true
            """)
    void aWordLiteralStandsAsTheTokenizerWouldCutIt(
            String literal, LiteralScan.Bounds bounds, String text, boolean found) {
        LiteralScan scan = LiteralScan.of(List.of(new LiteralScan.Literal(literal, bounds)));

        assertThat(scan.holdsAny(text, 0, text.length())).isEqualTo(found);
    }

    private static LiteralScan scan(List<String> literals) {
        return LiteralScan.of(literals.stream()
                .map(l -> new LiteralScan.Literal(l, LiteralScan.Bounds.ANYWHERE))
                .toList());
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append("abab c".charAt(random.nextInt(6)));
        }
        return word.toString();
    }
}
