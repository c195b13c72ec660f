package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.extract.Mention;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A whole check of any text (tokenizing, sentences, tagging, reading, binding, judging) never fails, and every
 * mention found stands inside the text, its words the text's own at that offset. Replays the inputs in
 * {@code ExtractionFuzzTestInputs} in every build; fuzzes with {@code JAZZER_FUZZ=1} (see FUZZING.md).
 */
class ExtractionFuzzTest {
    private static final FactCheck CHECK =
            FactCheck.builder().claim(ClaimSpec.count("c").near("killed")).build();

    @FuzzTest(maxDuration = "5m")
    void checksAnyTextWithEveryMentionInsideIt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        CheckResult result = CHECK.checkTexts(Map.of("a.txt", text));

        assertThat(result.claims())
                .singleElement()
                .satisfies(claim -> assertThat(claim.mentions()).allSatisfy(m -> assertInside(m, text)));
    }

    private static void assertInside(Mention mention, String text) {
        int start = mention.position().offset();
        int end = start + mention.text().length();

        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(mention.text()).isEqualTo(text.substring(start, end).replace('\r', '\n'));
    }
}
