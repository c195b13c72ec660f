package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's cache file gives back exactly the mentions written into it, and only to the same rules and version. */
class StoryCacheTest {
    private static final String RULES = """
            sources: [news/*.txt]
            claims:
              - {id: host.city, kind: name, expected: Vladivostok}
              - {id: storm.toll, kind: count, near: [killed]}
              - {id: storm.hours, kind: duration, near: [lashed]}
              - {id: storm.rain, kind: distance, near: [rain]}
              - {id: mayor.quote, kind: quote, speaker: Anne Diaz, near: [bridge]}
            """;
    private static final String TEXT = """
            The summit opened in Vladivostock on Saturday.

            The storm killed at least 25 people and lashed the coast for close to 14 hours, with 12.5 cm of rain.

            "We will rebuild the bridge before winter," said Anne Diaz, the mayor.
            """;

    @TempDir
    Path dir;

    @Test
    void givesBackEveryKindOfMentionAsItWasFound() {
        Map<String, List<Mention>> found = extracted();
        CacheEntry entry = entry(found);
        StoryCache written = StoryCache.load(dir, "rules/a.yaml", "rules-hash", "1.0");
        written.keep(entry, false);

        written.save();
        StoryCache read = StoryCache.load(dir, "rules/a.yaml", "rules-hash", "1.0");

        assertThat(found.values().stream()
                        .flatMap(List::stream)
                        .map(m -> m.reading().getClass().getSimpleName()))
                .contains("Measure", "Quoted", "Named");
        assertThat(read.entry("news/a.txt")).hasValueSatisfying(slot -> {
            assertThat(slot.describes(entry)).isTrue();
            assertThat(read.mentions(slot)).contains(found);
        });
        read.close();
    }

    @Test
    void missesForAnotherVersionOrOtherRules() {
        StoryCache written = StoryCache.load(dir, "rules/a.yaml", "rules-hash", "1.0");
        written.keep(entry(extracted()), false);
        written.save();

        StoryCache otherVersion = StoryCache.load(dir, "rules/a.yaml", "rules-hash", "1.1");
        StoryCache otherRules = StoryCache.load(dir, "rules/a.yaml", "other-hash", "1.0");

        assertThat(otherVersion.entry("news/a.txt")).isEmpty();
        assertThat(otherRules.entry("news/a.txt")).isEmpty();
    }

    @Test
    void keepsOnlyTheSourcesOfTheLastCheck() {
        StoryCache first = StoryCache.load(dir, "rules/a.yaml", "h", "1.0");
        first.keep(entry(extracted()), false);
        first.save();

        StoryCache second = StoryCache.load(dir, "rules/a.yaml", "h", "1.0");
        second.save();

        assertThat(StoryCache.load(dir, "rules/a.yaml", "h", "1.0").entry("news/a.txt"))
                .isEmpty();
    }

    @Test
    void noCacheFindsNothingAndWritesNothing() {
        StoryCache none = StoryCache.none();
        none.keep(entry(extracted()), false);

        none.save();

        assertThat(none.entry("news/a.txt")).isEmpty();
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static Map<String, List<Mention>> extracted() {
        return Extractor.of(RuleParser.parse("rules/a.yaml", RULES).claims())
                .extract(SourceText.of("news/a.txt", TEXT), OptionalInt.of(2012));
    }

    private static CacheEntry entry(Map<String, List<Mention>> found) {
        return new CacheEntry(
                "news/a.txt",
                new FileStat(120, 1_700_000_000_123_456_789L),
                "ab",
                OptionalInt.empty(),
                OptionalInt.of(2012),
                found);
    }
}
