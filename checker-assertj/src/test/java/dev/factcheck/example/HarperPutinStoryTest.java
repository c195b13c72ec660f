package dev.factcheck.example;

import static dev.factcheck.assertj.FactCheckAssertions.assertThat;

import dev.factcheck.api.ClaimSpec;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.junit.FactCheckTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The seed story checked the way a user's test would: claims in code, rule files, assertions, dynamic tests. */
class HarperPutinStoryTest {
    /** The story's folder, with rules/ and seeds/: here the project root, one level above this module. */
    private static final Path STORY = Path.of("..");

    @Test
    void theOutletsAgreeOnTheClaimsDeclaredInCode() {
        FactCheck check = FactCheck.builder()
                .workingDirectory(STORY)
                .claim(ClaimSpec.count("syria.death-toll")
                        .near("killed", "dead")
                        .without("injured"))
                .claim(ClaimSpec.duration("meeting.length")
                        .near("meeting", "met")
                        .tolerance("5%"))
                .build();

        CheckResult result = check.check(Path.of("seeds"));

        assertThat(result).hasNoDivergences();
        assertThat(result).claim("syria.death-toll").agrees().hasMentionsIn(3).hasMentionWithText("at least 23,000");
        assertThat(result).claim("meeting.length").agrees().hasMentionCount(3).hasMentionWithText("close to an hour");
    }

    @Test
    void theRuleFilesFindTheRewordedQuote() {
        FactCheck check = FactCheck.builder()
                .workingDirectory(STORY)
                .rules(Path.of("rules"))
                .build();

        CheckResult result = check.check();

        assertThat(result).hasDivergenceOn("harper.quote.putin-perspective");
        assertThat(result).claim("apec.size").agrees().hasMentionsIn(2);
        assertThat(result).claim("meeting.length").agrees().hasMentionsIn(3);
    }

    @Test
    void aRewriteWithAnotherLengthDiverges() throws IOException {
        String wire = Files.readString(STORY.resolve("seeds/000_467d30aa3cf9fbd8.txt"));
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.duration("meeting.length")
                        .near("meeting", "met")
                        .tolerance("5%"))
                .build();

        CheckResult result = check.checkTexts(Map.of("wire.txt", wire, "rewrite.txt", wire.replace("55", "20")));

        assertThat(result).claim("meeting.length").diverges().hasMentionsIn(2);
    }

    @TestFactory
    Stream<DynamicTest> everyClaimOfTheRuleFiles() {
        return FactCheckTests.forRules(Path.of("rules"), STORY);
    }
}
