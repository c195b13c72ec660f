package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDirectoryTest {
    @TempDir
    Path root;

    @Test
    void resolvesRelativeParametersAgainstTheRoot() {
        WorkingDirectory directory = new WorkingDirectory(root);

        Path rules = directory.resolve("rules");

        assertThat(rules).isEqualTo(root.toAbsolutePath().resolve("rules"));
    }

    @Test
    void keepsAbsoluteParametersAsGiven() {
        WorkingDirectory directory = new WorkingDirectory(root.resolve("project"));
        Path elsewhere = root.resolve("elsewhere/rules").toAbsolutePath();

        Path rules = directory.resolve(elsewhere.toString());

        assertThat(rules).isEqualTo(elsewhere);
    }

    @Test
    void showsPathsUnderTheRootRelativeWithSlashes() {
        WorkingDirectory directory = new WorkingDirectory(root);

        String shown =
                directory.display(root.resolve("target").resolve("factcheck").resolve("report.json"));

        assertThat(shown).isEqualTo("target/factcheck/report.json");
    }

    @Test
    void showsPathsOutsideTheRootRelativeToItClimbingWithDotDot() {
        WorkingDirectory directory = new WorkingDirectory(root.resolve("project"));
        Path outside = root.resolve("wires").resolve("a.txt").toAbsolutePath();

        String shown = directory.display(outside);

        assertThat(shown).isEqualTo("../wires/a.txt");
    }
}
