package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where sentences end. In the tables, {@code \n} in a text is a line break and {@code //} separates the sentences
 * expected.
 */
class SentenceSplitterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The storm hit at dawn. Rescuers arrived at noon.   | The storm hit at dawn. // Rescuers arrived at noon.
            Was anyone hurt? Nobody knows yet.                 | Was anyone hurt? // Nobody knows yet.
            Stop the trucks! The bridge is down.               | Stop the trucks! // The bridge is down.
            “We are safe.” The mayor smiled.                   | “We are safe.” // The mayor smiled.
            He said “enough!” Then he left.                    | He said “enough!” // Then he left.
            The toll rose to 12. 40 more were missing.         | The toll rose to 12. // 40 more were missing.
            It ended. (Officials declined to comment.)         | It ended. // (Officials declined to comment.)
            """)
    void splitsAfterATerminalMarkAndItsClosingQuotes(String text, String expected) {
        List<String> sentences = sentences(text);

        assertThat(sentences).isEqualTo(expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Lee met Mrs. Park on Aug. 3 in the capital.
            Dr. Singh and Gen. Ortiz arrived on Sept. 14 by plane.
            The letter was signed by J. K. Rowling herself.
            The U.S. Navy sent two ships.
            Prices rose 3.5 percent in May and 0.4 percent in June.
            The meeting ended at 5 p.m. on Friday.
            The vote was 12 vs. 9 in favour.
            “Run!” she shouted at the crowd.
            Is it safe? she asked nobody in particular.
            """)
    void keepsAbbreviationsInitialsAndDecimalsInsideTheirSentence(String text) {
        List<String> sentences = sentences(text);

        assertThat(sentences).containsExactly(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He met Mr.\\n\\nLee arrived later.           | He met Mr. // Lee arrived later.
            breaking news\\n\\nthe storm hit at dawn     | breaking news // the storm hit at dawn
            Storm toll rises to\\n\\n12 in the north     | Storm toll rises to // 12 in the north
            Storm hits coast\\nThe storm hit at dawn.    | Storm hits coast // The storm hit at dawn.
            The storm hit the coast\\nat dawn on Monday. | The storm hit the coast\\nat dawn on Monday.
            """)
    void splitsAtABlankLineAlwaysAndAtALineBreakUnlessTheSentenceIsWrapped(String text, String expected) {
        List<String> sentences = sentences(text.replace("\\n", "\n"));

        assertThat(sentences).isEqualTo(expected(expected.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void splitsAtLineEndsOfEveryKind(String lineEnd) {
        String text = "Storm hits coast" + lineEnd + "The storm hit at dawn." + lineEnd + lineEnd + "breaking news";

        List<String> sentences = sentences(text);

        assertThat(sentences).containsExactly("Storm hits coast", "The storm hit at dawn.", "breaking news");
    }

    @Test
    void splitsAfterTheWordNoEndingASentence() {
        List<String> sentences = sentences("The council voted no. Rescuers kept digging.");

        assertThat(sentences).containsExactly("The council voted no.", "Rescuers kept digging.");
    }

    @Test
    void splitsAfterAStraightClosingQuote() {
        List<String> sentences = sentences("\"We are safe.\" The mayor smiled. 'Good.' Then he left.");

        assertThat(sentences).containsExactly("\"We are safe.\"", "The mayor smiled.", "'Good.'", "Then he left.");
    }

    @Test
    void splitsNothingOutOfEmptyText() {
        List<TokenRange> sentences = SentenceSplitter.split(Tokenizer.tokenize("  \n\n "));

        assertThat(sentences).isEmpty();
    }

    /** The sentences of {@code text}, each from its first token to its last. */
    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return SentenceSplitter.split(tokens).stream()
                .map(s -> text.substring(
                        tokens.get(s.from()).start(), tokens.get(s.to() - 1).end()))
                .toList();
    }

    private static List<String> expected(String cell) {
        return Arrays.stream(cell.split(" // ", -1)).map(String::strip).toList();
    }
}
