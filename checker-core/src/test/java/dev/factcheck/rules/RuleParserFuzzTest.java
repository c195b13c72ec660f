package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.factcheck.source.InputException;
import java.nio.charset.StandardCharsets;

/**
 * Any text given as a rule file either parses or is refused with an {@link InputException} that names at least one
 * problem; nothing else may escape (a YAML library's exception, a stack overflow, a bad index). Replays the inputs in
 * {@code RuleParserFuzzTestInputs} in every build; fuzzes with {@code JAZZER_FUZZ=1} (see FUZZING.md).
 */
class RuleParserFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void anyTextParsesOrIsRefusedWithProblems(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        try {
            RuleFile file = RuleParser.parse("fuzz.yaml", text);

            assertThat(file.path()).isEqualTo("fuzz.yaml");
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(RuleParser.check("fuzz.yaml", text)).isEqualTo(e.problems());
        }
    }
}
