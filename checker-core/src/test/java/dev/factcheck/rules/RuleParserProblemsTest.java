package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Problems with a rule file's YAML, keys and layout, and that every problem of a file is reported. Exact messages and positions, as users see them. */
class RuleParserProblemsTest {
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
                        + " speaker, unit, variants)");
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
