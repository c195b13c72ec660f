package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes in a source file are read as text or refused with an {@link InputException} whose problems name the file;
 * nothing else may escape, and every position of the text read is inside it. Replays the inputs in
 * {@code SourceReaderFuzzTestInputs} in every build; fuzzes with {@code JAZZER_FUZZ=1} (see FUZZING.md).
 */
class SourceReaderFuzzTest {
    private static final String SHOWN = "news/fuzz.txt";

    @TempDir
    Path folder;

    @FuzzTest(maxDuration = "5m")
    void anyBytesAreReadAsTextOrRefusedNamingTheFile(byte[] input) throws IOException {
        Path file = Files.write(folder.resolve("fuzz.txt"), input);

        try {
            SourceText text = SourceReader.read(file, SHOWN);

            assertThat(text.text().length()).isLessThanOrEqualTo(input.length);
            assertThat(text.position(text.text().length()).offset())
                    .isEqualTo(text.text().length());
        } catch (InputException e) {
            assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).isEqualTo(SHOWN));
        }
    }
}
