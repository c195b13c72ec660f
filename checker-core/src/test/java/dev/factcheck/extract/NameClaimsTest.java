package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameClaimsTest {
    private static final String RULES = """
            sources: [news/*.txt]
            claims:
              - {id: host.city, kind: name, expected: Vladivostok}
              - {id: composer, kind: name, variants: [Pyotr Tchaikovsky, Tchaikovsky]}
              - {id: premier, kind: name, variants: [Stephen Harper, Harper, Mr. Harper, the prime minister]}
            """;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            host.city | The summit opened in Vladivostock on Saturday.  | Vladivostock | Vladivostok
            composer  | A concert of Chaikovsky closed the evening.     | Chaikovsky   | Tchaikovsky
            host.city | The summit opened in Vladivóstok on Saturday.   | Vladivóstok  | Vladivostok
            """)
    void flagsANearMissWithThePositionAndTheFormFound(String id, String sentence, String found, String listed) {
        ClaimResult result =
                check(id, "The summit opened in Vladivostok. A concert of Tchaikovsky followed.", sentence);

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.message())
                .isEqualTo(id + " diverges: not a listed form of the name: '" + found + "' at news/b.txt:1:"
                        + (sentence.indexOf(found) + 1) + " (did you mean '" + listed + "'?)");
    }

    @Test
    void agreesOnEveryListedVariant() {
        ClaimResult result = check(
                "premier",
                "Prime Minister Stephen Harper met Putin. Harper said little.",
                "Mr. Harper spoke first; the prime minister then left.");

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.mentions())
                .extracting(Mention::text)
                .containsExactly("Stephen Harper", "Harper", "Mr. Harper", "the prime minister");
    }

    @Test
    void takesNoCommonOrShortWordForANearMiss() {
        ClaimResult result = check("premier", "Harper met Putin in the harbor.", "Harper and Parker met.");

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
    }

    private static ClaimResult check(String id, String first, String second) {
        List<ClaimResult> results = FactCheck.check(
                RuleParser.parse("rules/story.yaml", RULES).claims(),
                List.of(SourceText.of("news/a.txt", first), SourceText.of("news/b.txt", second)));
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
