package dev.factcheck.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.api.ClaimSpec;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Dynamic tests made from a check: their names, their links to the rule file, and when they fail. */
class FactCheckTestsTest {
    private static final Path PROJECT = Path.of("..");

    private static final CheckResult HARBOUR = FactCheck.builder()
            .claim(ClaimSpec.count("storm.toll").near("killed", "died"))
            .claim(ClaimSpec.duration("mayors.talks").near("talks", "met"))
            .claim(ClaimSpec.count("storm.injured").near("injured").severity(Severity.WARNING))
            .build()
            .checkTexts(Map.of(
                    "a.txt", "The storm killed at least 23 people.\nThe mayors met for 45 minutes.\n",
                    "b.txt", "Officials said 23 people died.\nTheir talks lasted 20 minutes.\n"));

    @Test
    void namesOneTestPerClaimByItsIdAndVerdictInRuleFileOrder() {
        List<DynamicTest> tests =
                FactCheckTests.forRules(Path.of("rules"), PROJECT).toList();

        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly(
                        "syria.death-toll (AGREE)",
                        "syria.uprising-length (AGREE)",
                        "meeting.length (AGREE)",
                        "meeting.overrun (AGREE)",
                        "apec.size (AGREE)",
                        "harper.quote.putin-perspective (DIVERGE)");
    }

    @Test
    void passesADivergenceAtWarningSeverityAsTheBuildGateDoes() {
        DynamicTest quote = FactCheckTests.forRules(Path.of("rules"), PROJECT)
                .filter(t -> t.getDisplayName().startsWith("harper.quote.putin-perspective"))
                .findFirst()
                .orElseThrow();

        assertThat(quote.getDisplayName()).isEqualTo("harper.quote.putin-perspective (DIVERGE)");
        assertThatCode(quote.getExecutable()::execute).doesNotThrowAnyException();
    }

    @Test
    void failsADivergenceAtErrorSeverityWithTheClaimsReport() {
        DynamicTest talks = test(FactCheckTests.forResult(HARBOUR).toList(), "mayors.talks (DIVERGE)");

        assertThatThrownBy(talks.getExecutable()::execute)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        b.txt:2:20: error: mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) cannot be true \
                        with '45 minutes' (2,700 s (45 minutes)) at a.txt:2:20 [mayors.talks]
                            a.txt:2:20: '45 minutes' = 2,700 s (45 minutes)  <- conflicts
                            b.txt:2:20: '20 minutes' = 1,200 s (20 minutes)  <- conflicts""");
    }

    @Test
    void failsWarningsTooWhenAskedTo() throws Throwable {
        List<DynamicTest> atError = FactCheckTests.forResult(HARBOUR).toList();
        List<DynamicTest> atWarning =
                FactCheckTests.forResult(HARBOUR, Severity.WARNING).toList();

        test(atError, "storm.injured (NOT_FOUND)").getExecutable().execute();
        assertThatThrownBy(test(atWarning, "storm.injured (NOT_FOUND)").getExecutable()::execute)
                .hasMessage(
                        "FactCheck.builder():3:1: warning: storm.injured not found in any source" + " [storm.injured]");
        test(atWarning, "storm.toll (AGREE)").getExecutable().execute();
    }

    @Test
    void linksEachTestToItsClaimsLineInTheRuleFile() {
        DynamicTest first =
                FactCheckTests.forRules(Path.of("rules"), PROJECT).findFirst().orElseThrow();

        URI rules = PROJECT.resolve("rules/harper-putin-apec-2012.yaml")
                .toAbsolutePath()
                .normalize()
                .toUri();
        assertThat(first.getTestSourceUri()).contains(URI.create(rules + "?line=7&column=5"));
        assertThat(test(FactCheckTests.forResult(HARBOUR).toList(), "storm.toll (AGREE)")
                        .getTestSourceUri())
                .isEmpty();
    }

    @Test
    void failsTheFactoryWithEveryProblemOfABadRuleFile(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("story.yaml"), "sources: [a.txt]\nclaims:\n  - id: x\n    kind: cuont\n");

        assertThatThrownBy(() -> FactCheckTests.forRules(Path.of("story.yaml"), project))
                .isInstanceOf(InputException.class)
                .hasMessage("""
                        story.yaml:4:11: error: unknown kind 'cuont' in claim 'x' (did you mean 'count'?)
                        story.yaml:3:5: error: claim 'x' has neither 'near' nor 'pattern' (add 'near' with the words \
                        that mark a mention)""");
    }

    private static DynamicTest test(List<DynamicTest> tests, String name) {
        return tests.stream()
                .filter(t -> t.getDisplayName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
