package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake a rule file can hold, with the exact message and position a user sees. */
class RuleParserProblemsTest {
    private static final String KINDS =
            "count, duration, distance, money, percentage, age, date, time, ratio, ordinal, number, quote, name";

    @Test
    void rejectsUnknownKeyWithSuggestion() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: meeting.length
                    kind: duration
                    neer: [meeting]
                    pattern: meeting
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:5:5: error: unknown key 'neer' in claim 'meeting.length' (did you mean 'near'?)");
    }

    @Test
    void rejectsUnknownKeyListingAllowedKeysWhenNoneIsClose() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                    foo: bar
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:6:5: error: unknown key 'foo' in claim 'x' (expected one of: id,"
                        + " description, kind, near, with, without, pattern, within, tolerance, expected, severity,"
                        + " speaker)");
    }

    @Test
    void rejectsUnknownTopLevelKeyWithSuggestion() {
        String yaml = """
                sources: [a.txt]
                claim:
                  - id: x
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:2:1: error: unknown key 'claim' (did you mean 'claims'?)",
                        "rules/a.yaml:1:1: error: missing required key 'claims'");
    }

    @Test
    void rejectsUnknownKeyInDefaults() {
        String yaml = """
                sources: [a.txt]
                defaults:
                  severty: warning
                claims:
                  - {id: x, kind: count, near: killed}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:3:3: error: unknown key 'severty' in defaults (did you mean 'severity'?)");
    }

    @Test
    void rejectsMissingSources() {
        String yaml = """
                story: A meeting
                claims:
                  - {id: x, kind: count, near: killed}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).containsExactly("rules/a.yaml:1:1: error: missing required key 'sources'");
    }

    @Test
    void rejectsClaimWithoutKind() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    near: [killed]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim 'x' has no 'kind' (expected one of: " + KINDS + ")");
    }

    @Test
    void rejectsClaimWithoutIdNamingItByNumber() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                  - kind: count
                    near: [dead]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).containsExactly("rules/a.yaml:6:5: error: claim #2 has no 'id'");
    }

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
    void rejectsUnknownKindWithSuggestion() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: cuont
                    near: [killed]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:4:11: error: unknown kind 'cuont' in claim 'x' (did you mean 'count'?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meeting", "-x", "a b", "élan"})
    void rejectsInvalidClaimId(String id) {
        String yaml = "sources: [a.txt]\nclaims:\n  - id: '" + id + "'\n    kind: count\n    near: killed\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:9: error: invalid claim id '" + id
                        + "' (use lower-case letters, digits, '.', '-' and '_', starting with a letter or digit)");
    }

    @Test
    void rejectsEmptyClaimsList() {
        String yaml = """
                sources: [a.txt]
                claims: []
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).containsExactly("rules/a.yaml:2:9: error: 'claims' is empty (declare at least one claim)");
    }

    @Test
    void rejectsEmptySourcesList() {
        String yaml = """
                sources: []
                claims:
                  - {id: x, kind: count, near: killed}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:1:10: error: 'sources' is empty (list at least one glob, such as '../seeds/*.txt')");
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
                .containsExactly("rules/a.yaml:3:50: error: 'within' in claim 'x' must be 'sentence' or a positive"
                        + " number of words, found '" + within + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "-5%", "5 %%", "five percent-ish"})
    void rejectsToleranceInNoKnownForm(String tolerance) {
        String yaml =
                "sources: [a.txt]\nclaims:\n  - {id: x, kind: count, near: killed, tolerance: '" + tolerance + "'}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:53: error: invalid tolerance '" + tolerance + "' in claim 'x'"
                        + " (expected a percentage like '5%', a number like '2' or an amount with its unit like"
                        + " '5 minutes')");
    }

    @Test
    void rejectsToleranceOfAnotherDimension() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                    tolerance: 5 minutes
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:16: error: tolerance '5 minutes' in claim 'x' is not a count (read: a duration)");
    }

    @Test
    void rejectsExpectedThatReadsAsNothing() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: meeting.length
                    kind: duration
                    near: [meeting]
                    expected: soon
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:6:15: error: expected 'soon' in claim 'meeting.length' is not a duration"
                        + " (read: nothing)");
    }

    @Test
    void rejectsExpectedOfAnotherDimension() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                    expected: 55 minutes
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:15: error: expected '55 minutes' in claim 'toll' is not a count (read: a duration)");
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
    void rejectsClaimWithNeitherNearNorPattern() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim 'x' has neither 'near' nor 'pattern' (add 'near'"
                        + " with the words that mark a mention)");
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

    @Test
    void rejectsDuplicateKey() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                    near: [dead]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:5: error: duplicate key 'near' in claim 'x' (first declared at rules/a.yaml:5:5)");
    }

    @Test
    void rejectsDuplicateClaimIdInOneFile() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                  - id: x
                    kind: count
                    near: [dead]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:5: error: duplicate claim id 'x' (first declared at rules/a.yaml:3:5)");
    }

    @Test
    void rejectsIdInDefaults() {
        String yaml = """
                sources: [a.txt]
                defaults:
                  id: x
                claims:
                  - {id: y, kind: count, near: killed}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:3: error: 'id' cannot be a default (give each claim its own)");
    }

    @Test
    void reportsBadDefaultOnceAtTheDefault() {
        String yaml = """
                sources: [a.txt]
                defaults:
                  severity: loud
                claims:
                  - {id: x, kind: count, near: killed}
                  - {id: y, kind: count, near: dead}
                  - {id: z, kind: count, near: died, severity: info}
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:3:13: error: unknown severity 'loud' in defaults (expected one of: error,"
                                + " warning, info)");
    }

    @Test
    void rejectsMalformedYamlAtTheMarkSnakeYamlReports() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x: y
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:10: error: malformed YAML: mapping values are not allowed here");
    }

    @Test
    void rejectsEmptyFile() {
        String yaml = "# nothing yet\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml: error: rule file is empty (expected 'sources' and 'claims')");
    }

    @Test
    void rejectsFileThatIsNotMapping() {
        String yaml = "- sources\n- claims\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:1:1: error: a rule file must be a mapping with 'sources' and 'claims',"
                        + " found a list");
    }

    @Test
    void rejectsClaimThatIsNotMapping() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - meeting.length
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim #1 must be a mapping of claim keys, found"
                        + " 'meeting.length'");
    }

    @Test
    void reportsEveryProblemOfOneFile() {
        String yaml = """
                story: Harper and Putin meet
                sorces: [a.txt]
                claims:
                  - id: syria.death-toll
                    kind: cuont
                    neer: [killed]
                    severity: fatal
                  - id: meeting.length
                    kind: duration
                    near: [meeting]
                    within: 0
                    pattern: '(a)\\1'
                  - kind: count
                    near: dead
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:2:1: error: unknown key 'sorces' (did you mean 'sources'?)",
                        "rules/a.yaml:1:1: error: missing required key 'sources'",
                        "rules/a.yaml:6:5: error: unknown key 'neer' in claim 'syria.death-toll' (did you mean"
                                + " 'near'?)",
                        "rules/a.yaml:5:11: error: unknown kind 'cuont' in claim 'syria.death-toll' (did you mean"
                                + " 'count'?)",
                        "rules/a.yaml:4:5: error: claim 'syria.death-toll' has neither 'near' nor 'pattern' (add"
                                + " 'near' with the words that mark a mention)",
                        "rules/a.yaml:7:15: error: unknown severity 'fatal' in claim 'syria.death-toll' (expected"
                                + " one of: error, warning, info)",
                        "rules/a.yaml:12:14: error: invalid pattern '(a)\\1' in claim 'meeting.length':"
                                + " backreferences such as '\\1' are not supported (RE2 matches in linear time and"
                                + " cannot refer back to a group)",
                        "rules/a.yaml:11:13: error: 'within' in claim 'meeting.length' must be 'sentence' or a"
                                + " positive number of words, found '0'",
                        "rules/a.yaml:13:5: error: claim #3 has no 'id'");
    }
}
