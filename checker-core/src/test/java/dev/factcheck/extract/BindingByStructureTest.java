package dev.factcheck.extract;

import static dev.factcheck.extract.ExtractorTest.mentions;
import static dev.factcheck.extract.ExtractorTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which figure a claim's anchor takes when the sentence's structure decides: parts of speech, clauses, partitives,
 * changes from one value to another, relative clauses and ranges. Sentences of our own; expected mentions as written,
 * {@code ;} between two, empty for none.
 */
class BindingByStructureTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            trapped       | Rescuers lifted out the first 12 of 33 miners who were trapped in the shaft.    | 33
            pacemakers    | Two of the three pacemakers dropped out before halfway.                         | three
            dropped out   | Two of the three pacemakers dropped out before halfway.                         | Two
            """)
    void givesTheWholeOfAPartitiveToItsNounAndThePartToItsVerb(String near, String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: count, near: [" + near + "]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The number of missing was lowered to 249 from more than 1,000.       | 249
            Officials revised the toll down from 359 to around 250 on Monday.    | around 250
            The toll of the missing, down from 310, stood at 296.                | 296
            """)
    void readsTheFigureAfterFromAsTheOldValueOfAChange(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: count, near: [missing, toll]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The company ran the scheme from 2015 to 2021.                    | 2015; 2021
            """)
    void readsDatesAfterFromAsAPeriodNotAChange(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: date, near: [scheme]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Wind losses are put at $22 billion, while flood losses are $6 billion.                  | $22 billion
            More than two million homes and businesses were without power on Friday.                | More than two million
            Some 2,500 people believed to be missing after the fire have been accounted for.        | Some 2,500
            The storm was the worst since Hurricane Andrew, which hit the coast in 1992.            | 1992
            Wind losses for residential and commercial buildings are put at $22 billion.            | $22 billion
            """)
    void bindsAFigureToTheClauseItsVerbMakes(String sentence, String expected) {
        String rules = """
                  - {id: wind, kind: money, near: [Wind losses]}
                  - {id: power, kind: count, near: [without power]}
                  - {id: found, kind: count, near: [accounted for]}
                  - {id: andrew, kind: date, near: [Andrew]}
                """;

        Map<String, List<String>> found = mentions(rules, sentence);

        assertThat(found.values().stream().flatMap(List::stream).toList()).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A quake that killed 381 people in Yunnan left 7,000 rescuers digging through the rubble. | 381
            Some 7,000 rescuers dug through homes looking for survivors of a quake that killed 381.  | 381
            """)
    void leavesTheVerbOfARelativeClauseToItsNoun(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: toll, kind: count, near: [killed]}\n", sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Losses are expected to be between $22 billion and $32 billion.   | between $22 billion and $32 billion
            The losses go from $22 billion and $32 billion for wind damage.  | from $22 billion and $32 billion
            Losses of €6 billion to €15 billion are expected.                | €6 billion to €15 billion
            """)
    void readsARangeOfMoneyAsOneMention(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: money, near: [Losses, Estimates]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The boys, aged 11 to 16, and their coach went missing.          | 11 to 16
            The oldest survivor, a woman aged 94, was pulled from the hull.  | 94
            """)
    void letsAnAgeInAnAppositionReachItsNoun(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: age, near: [boys, survivor]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Cases in the United States have reached 971.       |
            Cases were reported in 26 states.                   | 26
            Measles Cases Reported In 26 States                 | 26
            """)
    void takesNoLowerCaseAnchorFromTheEndOfAName(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: count, near: [states]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "VAREN, March 10, 2025 — The ferry capsized on Sunday, March 9, officials said." | March 9
            "On March 10, 2025 — a Monday — the ferry capsized."                             | March 10, 2025
            """)
    void leavesTheDateOfADatelineOut(String sentence, String expected) {
        Map<String, List<String>> found = mentions("  - {id: c, kind: date, near: [capsized]}\n", sentence);

        assertThat(found.get("c")).isEqualTo(texts(expected));
    }
}
