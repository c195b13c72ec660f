package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionLinesTest {
    @TempDir
    Path dir;

    @Test
    void aClaimKeepsTheLinesOfItsFirstThousandMentionsAndEveryMentionWithoutTheRest() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        int files = Mention.LINES_KEPT / 2 + 100;
        for (int i = 0; i < files; i++) {
            Files.writeString(
                    sources.resolve(String.format("%04d.txt", i)),
                    "In 2012, 12 people were killed.\n\nOfficials said 12 people were killed.\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("rules.yaml"), """
                sources: [sources/*.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                """, StandardCharsets.UTF_8);

        ClaimResult toll = FactCheck.builder()
                .rules(dir.resolve("rules.yaml"))
                .workingDirectory(dir)
                .threads(2)
                .build()
                .check()
                .claims()
                .get(0);

        List<Mention> mentions = toll.mentions();
        assertThat(toll.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(mentions).hasSize(2 * files);
        assertThat(mentions.subList(0, Mention.LINES_KEPT))
                .allSatisfy(m -> assertThat(m.line()).endsWith("killed."));
        assertThat(mentions.subList(Mention.LINES_KEPT, mentions.size()))
                .allSatisfy(m -> assertThat(m.line()).isEmpty())
                .allSatisfy(m -> assertThat(m.text()).isEqualTo("12"));
    }
}
