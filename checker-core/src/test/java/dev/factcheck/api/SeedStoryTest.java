package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed story checked through the library API, the way a user's test would call it. */
class SeedStoryTest {
    private static final Path PROJECT = Path.of("..");

    @Test
    void seedStoryAgreesOnEveryClaim() {
        CheckResult result = FactCheck.load(Path.of("rules"), PROJECT).check();

        assertThat(result.claims())
                .filteredOn(c -> !c.id().startsWith("harper.quote"))
                .extracting(ClaimResult::verdict)
                .containsOnly(Verdict.AGREE);
        assertThat(texts(result, "syria.death-toll"))
                .containsExactly("at least 23,000", "at least 23,000", "at least 23,000");
        assertThat(texts(result, "syria.uprising-length")).containsExactly("18-month", "18-month", "18-month");
        assertThat(texts(result, "meeting.length")).containsExactly("55-minute", "close to an hour", "55-minute");
    }

    @Test
    void aChangedCopyOfASeedDivergesOnEachChangedFigure(@TempDir Path project) throws IOException {
        copyProject(project);
        Path original = project.resolve("seeds/000_467d30aa3cf9fbd8.txt");
        String changed = Files.readString(original)
                .replace("at least 23,000", "about 19,000")
                .replace("55-minute", "20-minute")
                .replace("18-month", "30-month");
        Files.writeString(project.resolve("seeds/zz-changed.txt"), changed, StandardCharsets.UTF_8);

        CheckResult result = FactCheck.load(Path.of("rules"), project).check();

        assertThat(result.problemsAtLeast(dev.factcheck.source.Severity.ERROR))
                .extracting(ClaimResult::id)
                .containsExactly("syria.death-toll", "syria.uprising-length", "meeting.length");
        assertThat(outlier(result, "syria.death-toll")).isEqualTo("seeds/zz-changed.txt:5:188 about 19,000");
        assertThat(outlier(result, "meeting.length")).isEqualTo("seeds/zz-changed.txt:2:89 20-minute");
        assertThat(outlier(result, "syria.uprising-length")).isEqualTo("seeds/zz-changed.txt:5:156 30-month");
    }

    @Test
    void harpersQuoteDivergesOnTheWordsTheOutletsChanged() {
        CheckResult result = FactCheck.load(Path.of("rules"), PROJECT).check();

        ClaimResult quote = result.claim("harper.quote.putin-perspective").orElseThrow();

        assertThat(quote.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(quote.claim().severity()).isEqualTo(dev.factcheck.source.Severity.WARNING);
        assertThat(quote.message())
                .contains("'a different' → 'his own'")
                .contains("'urged' → 'urge'")
                .contains("dropped 'Obviously");
        assertThat(quote.mentions())
                .extracting(Mention::source)
                .contains(
                        "seeds/000_467d30aa3cf9fbd8.txt",
                        "seeds/001_7d04d338c35cf0d2.txt",
                        "seeds/002_5034644849f90e86.txt");
    }

    private static Stream<String> texts(CheckResult result, String id) {
        return result.claim(id).orElseThrow().mentions().stream().map(Mention::text);
    }

    private static String outlier(CheckResult result, String id) {
        Mention blamed = result.claim(id).orElseThrow().conflicts().get(0).second();
        return blamed.location() + " " + blamed.text();
    }

    private static void copyProject(Path target) throws IOException {
        for (String folder : new String[] {"rules", "seeds"}) {
            Files.createDirectories(target.resolve(folder));
            try (Stream<Path> files = Files.list(PROJECT.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
    }
}
