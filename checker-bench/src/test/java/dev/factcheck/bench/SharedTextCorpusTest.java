package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedTextCorpusTest {
    @TempDir
    Path dir;

    @Test
    void shufflingChangesDigitsOnly() {
        String text = "At least 23,000 people died in 2012.";

        String shuffled = SharedTextCorpus.shuffleDigits(text, new Random(7));

        assertThat(shuffled).hasSameSizeAs(text).isNotEqualTo(text);
        assertThat(shuffled.replaceAll("[0-9]", "#")).isEqualTo(text.replaceAll("[0-9]", "#"));
    }

    @Test
    void copiesTheTextsRoundRobinUntilTheSizeIsReached() throws IOException {
        List<String> texts = List.of("First text, 12 dead.", "Second text, 3 km.");

        NewsCorpus.Corpus corpus = SharedTextCorpus.write(dir, texts, 100, 7);

        assertThat(corpus.files()).hasSize(6);
        assertThat(corpus.bytes()).isGreaterThanOrEqualTo(100);
        assertThat(Files.readString(corpus.files().get(2))).startsWith("First text, ");
        assertThat(Files.readString(corpus.files().get(3))).startsWith("Second text, ");
        assertThat(corpus.rules()).exists();
    }

    @Test
    void readsTheSourcesOfEveryStoryAndTheSeeds() throws IOException {
        Files.createDirectories(dir.resolve("news/a/sources"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("news/a/sources/x.txt"), "story");
        Files.writeString(dir.resolve("news/a/truth.json"), "{}");
        Files.writeString(dir.resolve("seeds/s.txt"), "seed");

        assertThat(SharedTextCorpus.texts(dir)).containsExactly("story", "seed");
    }
}
