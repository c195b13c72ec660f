package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.NameKind;
import dev.factcheck.rules.QuoteKind;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extractor passes over the paragraphs that hold no anchor's first word without tokenizing them; with a quote claim
 * among the claims it reads the whole text. Both must find the same mentions of every figure claim, in the same order,
 * on real and invented stories.
 */
class ParagraphSkippingTest {
    @Test
    void skippingParagraphsWithoutAnchorsFindsWhatReadingTheWholeTextFinds() throws IOException, URISyntaxException {
        List<Path> stories = new ArrayList<>(storiesIn(Path.of(
                InventedStoriesTest.class.getResource("/dev/factcheck/stories").toURI())));
        String shared = System.getProperty("factcheck.shared", "");
        if (!shared.isEmpty() && Files.isDirectory(Path.of(shared, "news"))) {
            stories.addAll(storiesIn(Path.of(shared, "news")));
        }
        List<Claim> probe = FactCheck.builder()
                .claim(ClaimSpec.quote("probe.quote").speaker("Nobody Known").near("zzzz"))
                .build()
                .ruleSet()
                .claims();
        int compared = 0;
        for (Path story : stories) {
            List<Claim> figures = FactCheck.load(story.resolve("rules.yaml"), story).ruleSet().claims().stream()
                    .filter(c -> !(c.kind() instanceof QuoteKind) && !(c.kind() instanceof NameKind))
                    .toList();
            List<Claim> withQuote = new ArrayList<>(figures);
            withQuote.addAll(probe);
            Extractor skipping = Extractor.of(figures);
            Extractor whole = Extractor.of(withQuote);
            for (Path file : sources(story)) {
                SourceText source =
                        SourceReader.read(file, story.relativize(file).toString());
                Map<String, List<Mention>> skipped = skipping.extract(source, OptionalInt.of(2000));
                Map<String, List<Mention>> read = whole.extract(source, OptionalInt.of(2000));
                read.remove("probe.quote");
                assertThat(skipped).as(file.toString()).isEqualTo(read);
                compared += skipped.values().stream().mapToInt(List::size).sum();
            }
        }
        assertThat(compared).as("mentions compared").isGreaterThan(100);
    }

    private static List<Path> storiesIn(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml")))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> sources(Path story) throws IOException {
        try (Stream<Path> files = Files.list(story.resolve("sources"))) {
            return files.sorted().toList();
        }
    }
}
