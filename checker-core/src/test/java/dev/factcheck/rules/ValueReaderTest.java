package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with a claim's plain values: terms, {@code within}, {@code severity}, {@code pattern}. Exact messages and positions, as users see them. */
class ValueReaderTest {
    @Test
    void rejectsNearOfWrongType() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near:
                      word: killed
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:7: error: 'near' in claim 'x' must be a list of words or phrases, found a mapping");
    }

    @Test
    void rejectsListItemOfWrongType() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed, [dead]]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:5:20: error: 'near' in claim 'x' must be a list of words or phrases, found a list");
    }

    @Test
    void rejectsTextValueOfWrongType() {
        String yaml = """
                story: [a, b]
                sources: [a.txt]
                claims:
                  - {id: x, kind: count, near: killed}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).containsExactly("rules/a.yaml:1:8: error: 'story' must be text, found a list");
    }

    @Test
    void rejectsUnknownSeverity() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                    severity: fatal
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:6:15: error: unknown severity 'fatal' in claim 'x' (expected one of:"
                        + " error, warning, info)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "12.5", "paragraph", "1000000"})
    void rejectsWithinThatIsNeitherSentenceNorPositiveWordCount(String within) {
        String yaml = "sources: [a.txt]\nclaims:\n  - {id: x, kind: count, near: killed, within: '" + within + "'}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:48: error: 'within' in claim 'x' must be 'sentence' or a positive"
                        + " number of words, found '" + within + "'");
    }

    @Test
    void rejectsInvalidPattern() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    pattern: '[a'
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:5:14: error: invalid pattern '[a' in claim 'x': missing closing ] at"
                        + " '[a' (see https://github.com/google/re2/wiki/Syntax)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a*", "(killed)?", "dead|", "\\b", "^", "(?:)"})
    void rejectsAPatternThatMatchesEmptyTextWithItsPosition(String pattern) {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    pattern: '%s'
                """.formatted(pattern);

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:5:14: error: pattern '" + pattern + "' in claim 'x' matches empty text,"
                        + " so every figure would be a mention: make it match at least one character (e.g. 'a+'"
                        + " rather than 'a*')");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"killed", "dead+", "\\bkill(ed)?\\b", "[0-9]+ dead"})
    void keepsAPatternThatMatchesAtLeastOneCharacter(String pattern) {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    pattern: '%s'
                """.formatted(pattern);

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsBackreferenceAsUnsupported() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    pattern: '(a)\\1'
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:5:14: error: invalid pattern '(a)\\1' in claim 'x': backreferences"
                        + " such as '\\1' are not supported (RE2 matches in linear time and cannot refer back to a"
                        + " group)");
    }

    @Test
    void rejectsEmptyNearList() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - {id: x, kind: count, near: []}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:3:32: error: 'near' in claim 'x' is empty (list at least one word or phrase)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k*ll", "*kill", "death* toll"})
    void rejectsTermWithStarInside(String term) {
        String yaml = "sources: [a.txt]\nclaims:\n  - {id: x, kind: count, near: ['" + term + "']}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:33: error: 'near' in claim 'x' holds '" + term
                        + "' with '*' inside (a '*' may only end a term, as in 'kill*')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "*", "-"})
    void rejectsEmptyTerm(String term) {
        String yaml = "sources: [a.txt]\nclaims:\n  - {id: x, kind: count, near: [dead, '" + term + "']}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:39: error: 'near' in claim 'x' holds an empty word or phrase (write a"
                        + " word, or remove the item)");
    }
}
