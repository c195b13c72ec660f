package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reading quantities never fails, whatever the text (lone surrogates, control characters, endless digits), and every
 * quantity's spans lie inside the text read, its figure inside its whole span. Replays the inputs in
 * {@code QuantityReaderFuzzTestInputs} in every build; fuzzes with {@code JAZZER_FUZZ=1} (see FUZZING.md).
 */
class QuantityReaderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void readsAnyTextWithEverySpanInsideIt(byte[] input) {
        String text = FuzzText.of(input);

        List<Quantity> quantities = QuantityReader.english().read(text);

        assertThat(quantities).allSatisfy(q -> {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.span().contains(q.figure())).isTrue();
        });
    }

    /** Text from fuzzed bytes: UTF-8 after a first byte 'u', else UTF-16 code units, so that lone surrogates occur. */
    static final class FuzzText {
        private FuzzText() {}

        static String of(byte[] input) {
            if (input.length > 0 && input[0] == 'u') {
                return new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
            }
            char[] units = new char[input.length / 2];
            for (int i = 0; i < units.length; i++) {
                units[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
            }
            return new String(units);
        }
    }
}
