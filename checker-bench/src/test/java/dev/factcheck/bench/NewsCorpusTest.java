package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCorpusTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSameCorpusForTheSameSeed() throws IOException {
        NewsCorpus.Corpus first = NewsCorpus.write(dir.resolve("a"), 60_000, 7);
        NewsCorpus.Corpus second = NewsCorpus.write(dir.resolve("b"), 60_000, 7);

        assertThat(first.files()).hasSameSizeAs(second.files());
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.mismatch(first.files().get(i), second.files().get(i)))
                    .isEqualTo(-1L);
        }
    }

    @Test
    void splitsTheCorpusIntoFilesOfAboutFiftyKilobytes() throws IOException {
        NewsCorpus.Corpus corpus = NewsCorpus.write(dir, 230_000, 7);

        assertThat(corpus.files()).hasSize(5);
        assertThat(corpus.bytes()).isBetween(230_000L, 240_000L);
        for (Path file : corpus.files().subList(0, 4)) {
            assertThat(Files.size(file)).isBetween(50_000L, 51_500L);
        }
    }

    @Test
    void mentionsEveryClaimOfTheRuleFile() throws IOException {
        NewsCorpus.Corpus corpus = NewsCorpus.write(dir, 100_000, 7);

        CheckResult result = FactCheck.load(corpus.rules(), dir).check();

        assertThat(result.claims()).hasSize(20);
        assertThat(result.claims())
                .allSatisfy(claim -> assertThat(claim.mentions()).as(claim.id()).isNotEmpty());
        assertThat(result.claims().stream().map(ClaimResult::id))
                .containsExactlyElementsOf(
                        BenchClaims.ALL.stream().map(BenchClaims.BenchClaim::id).toList());
    }
}
