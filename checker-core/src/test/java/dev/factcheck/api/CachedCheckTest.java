package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.extract.Mention;
import dev.factcheck.report.JsonReport;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A check with a cache gives the report a cold check gives, byte for byte, and extracts only what changed. */
class CachedCheckTest {
    private static final String RULES = """
            sources: [news/*.txt]
            claims:
              - id: storm.deaths
                kind: count
                near: [killed]
            """;

    @TempDir
    Path dir;

    @Test
    void aRerunWithNothingChangedReadsAndExtractsNothingAndReportsTheSameBytes() throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.", "At least 11 killed.");
        String cold = report(Run.COLD, dir.resolve("rules.yaml"));

        Counted first = check(dir.resolve("rules.yaml"));
        Counted second = check(dir.resolve("rules.yaml"));

        assertThat(first.report()).isEqualTo(cold);
        assertThat(first.count()).hasToString("read 3, unread 0, extracted 3, reused 0");
        assertThat(second.report()).isEqualTo(cold);
        assertThat(second.count()).hasToString("read 0, unread 3, extracted 0, reused 3");
    }

    @Test
    void aClaimWithMoreMentionsThanLinesKeptReportsTheSameBytesFromTheCache() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Mention.LINES_KEPT + 50; i++) {
            text.append("The storm killed ")
                    .append(10 + i % 7)
                    .append(" people in village ")
                    .append(i)
                    .append(".\n");
        }
        story(RULES, text.toString(), "Officials said 12 people were killed in the next valley.");
        FactCheck cached = FactCheck.builder()
                .rules(dir.resolve("rules.yaml"))
                .workingDirectory(dir)
                .cacheDirectory(dir.resolve("cache"))
                .build();
        CheckResult cold = FactCheck.load(dir.resolve("rules.yaml"), dir).check();

        cached.check();
        CacheCount count = new CacheCount();
        CheckResult rerun = cached.check(progress -> {}, count);

        assertThat(count.extractions()).isZero();
        assertThat(rerun).isEqualTo(cold);
        List<Mention> mentions = rerun.claims().get(0).mentions();
        assertThat(mentions.get(Mention.LINES_KEPT - 1).line()).startsWith("The storm killed");
        assertThat(mentions.get(Mention.LINES_KEPT).line()).isEmpty();
    }

    @Test
    void theInventedStoriesReportTheSameBytesFromTheCache() throws IOException, URISyntaxException {
        Path root = Path.of(
                CachedCheckTest.class.getResource("/dev/factcheck/stories").toURI());
        for (Path story : storiesIn(root)) {
            String cold = report(Run.COLD, story.resolve("rules.yaml"));
            Path cache = dir.resolve(story.getFileName().toString());

            String first = report(Run.cached(cache), story.resolve("rules.yaml"));
            Counted second = check(story.resolve("rules.yaml"), cache);

            assertThat(first).as(story.toString()).isEqualTo(cold);
            assertThat(second.report()).as(story.toString()).isEqualTo(cold);
            assertThat(second.count().extractions()).as(story.toString()).isZero();
        }
    }

    @Test
    void theSharedNewsStoriesReportTheSameBytesFromTheCache() throws IOException {
        Path news = Path.of("../../shared/news").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(news), "no shared news stories beside the project");
        for (Path story : storiesIn(news)) {
            String cold = report(Run.COLD, story.resolve("rules.yaml"));
            Path cache = dir.resolve(story.getFileName().toString());

            report(Run.cached(cache), story.resolve("rules.yaml"));
            Counted rerun = check(story.resolve("rules.yaml"), cache);

            assertThat(rerun.report()).as(story.toString()).isEqualTo(cold);
            assertThat(rerun.count().extractions()).as(story.toString()).isZero();
            assertThat(rerun.count().reuses()).as(story.toString()).isPositive();
        }
    }

    @Test
    void aChangedSourceIsExtractedAgainAndTheOthersAreTakenFromTheCache() throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.", "At least 11 killed.");
        check(dir.resolve("rules.yaml"));

        Files.writeString(dir.resolve("news/1.txt"), "Officials said 17 people were killed.", StandardCharsets.UTF_8);
        Counted rerun = check(dir.resolve("rules.yaml"));

        assertThat(rerun.count()).hasToString("read 1, unread 2, extracted 1, reused 2");
        assertThat(rerun.report()).isEqualTo(report(Run.COLD, dir.resolve("rules.yaml")));
        assertThat(rerun.report()).contains("\"text\" : \"17\"");
    }

    @Test
    void aSourceTouchedButNotChangedIsHashedAndItsMentionsReused() throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.");
        check(dir.resolve("rules.yaml"));

        Files.setLastModifiedTime(
                dir.resolve("news/0.txt"), FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Counted rerun = check(dir.resolve("rules.yaml"));

        assertThat(rerun.count()).hasToString("read 1, unread 1, extracted 0, reused 2");
    }

    @Test
    void aChangedRuleFileExtractsItsOwnStoryOnly() throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.");
        Files.writeString(dir.resolve("other.yaml"), """
                sources: [news/*.txt]
                claims:
                  - id: storm.people
                    kind: count
                    near: [people]
                """, StandardCharsets.UTF_8);
        check(dir);

        Files.writeString(
                dir.resolve("other.yaml"),
                Files.readString(dir.resolve("other.yaml")).replace("[people]", "[people, officials]"),
                StandardCharsets.UTF_8);
        Counted rerun = check(dir);

        assertThat(rerun.count()).hasToString("read 2, unread 0, extracted 2, reused 2");
        assertThat(rerun.report()).isEqualTo(report(Run.COLD, dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "truncated", "randomBytes", "serializedForeignClass", "flippedByte"})
    void aCorruptCacheFileIsIgnoredAndReplaced(String damage) throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.");
        String cold = report(Run.COLD, dir.resolve("rules.yaml"));
        check(dir.resolve("rules.yaml"));
        Path file = onlyCacheFile();

        Files.write(file, damaged(Files.readAllBytes(file), damage));
        Counted afterDamage = check(dir.resolve("rules.yaml"));
        Counted afterThat = check(dir.resolve("rules.yaml"));

        assertThat(afterDamage.report()).isEqualTo(cold);
        assertThat(afterDamage.count().extractions()).isEqualTo(2);
        assertThat(afterThat.report()).isEqualTo(cold);
        assertThat(afterThat.count()).hasToString("read 0, unread 2, extracted 0, reused 2");
    }

    @Test
    void deletingTheCacheChangesNothingButTheWork() throws IOException {
        story(RULES, "The storm killed 12 people.", "Officials said 12 people were killed.");
        String cached = check(dir.resolve("rules.yaml")).report();

        deleteTree(dir.resolve("cache"));
        Counted rerun = check(dir.resolve("rules.yaml"));

        assertThat(rerun.report()).isEqualTo(cached);
        assertThat(rerun.count()).hasToString("read 2, unread 0, extracted 2, reused 0");
        assertThat(onlyCacheFile()).exists();
    }

    @Test
    void sourcesThatWaitForTheStoryYearAreCachedWithTheYearTheyWereGiven() throws IOException {
        String rules = """
                sources: [news/*.txt]
                claims:
                  - id: summit.opening
                    kind: date
                    near: [summit opened]
                """;
        story(rules, "The summit opened on June 3.", "The summit opened on June 3.", "It opened in 2019.");
        check(dir.resolve("rules.yaml"));

        Counted unchanged = check(dir.resolve("rules.yaml"));
        Files.writeString(dir.resolve("news/2.txt"), "It opened in 2021.", StandardCharsets.UTF_8);
        Counted otherYear = check(dir.resolve("rules.yaml"));

        assertThat(unchanged.count()).hasToString("read 0, unread 3, extracted 0, reused 3");
        assertThat(otherYear.count().extractions()).isEqualTo(3);
        assertThat(otherYear.report())
                .isEqualTo(report(Run.COLD, dir.resolve("rules.yaml")))
                .contains("2021-06-03")
                .doesNotContain("2019-06-03");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesTheCheckAsItWas() throws IOException {
        story(RULES, "The storm killed 12 people.");
        Files.writeString(dir.resolve("blocker"), "a file where the cache folder should be", StandardCharsets.UTF_8);

        Counted first = check(dir.resolve("rules.yaml"), dir.resolve("blocker/cache"));
        Counted second = check(dir.resolve("rules.yaml"), dir.resolve("blocker/cache"));

        assertThat(first.report()).isEqualTo(report(Run.COLD, dir.resolve("rules.yaml")));
        assertThat(second.count()).hasToString("read 1, unread 0, extracted 1, reused 0");
    }

    @Test
    void aCacheAmongTheSourcesIsNeverReadAsOne() throws IOException {
        story(RULES.replace("news/*.txt", "news/**"), "The storm killed 12 people.");

        check(dir.resolve("rules.yaml"), dir.resolve("news/cache"));
        Counted rerun = check(dir.resolve("rules.yaml"), dir.resolve("news/cache"));

        try (Stream<Path> files = Files.list(dir.resolve("news/cache"))) {
            assertThat(files.toList()).hasSize(1);
        }
        assertThat(rerun.count()).hasToString("read 0, unread 1, extracted 0, reused 1");
    }

    /** How the test runs a check: without a cache, or with one in a folder. */
    private record Run(Path cache) {
        static final Run COLD = new Run(null);

        static Run cached(Path cache) {
            return new Run(cache);
        }
    }

    private record Counted(String report, CacheCount count) {}

    private String report(Run run, Path rules) {
        FactCheckBuilder builder = FactCheck.builder().rules(rules).workingDirectory(folderOf(rules));
        if (run.cache() != null) {
            builder.cacheDirectory(run.cache());
        }
        return JsonReport.render(builder.build().check());
    }

    private Counted check(Path rules) {
        return check(rules, dir.resolve("cache"));
    }

    private Counted check(Path rules, Path cache) {
        CacheCount count = new CacheCount();
        FactCheck check = FactCheck.builder()
                .rules(rules)
                .workingDirectory(folderOf(rules))
                .cacheDirectory(cache)
                .build();
        return new Counted(JsonReport.render(check.check(progress -> {}, count)), count);
    }

    private static Path folderOf(Path rules) {
        return Files.isDirectory(rules) ? rules : rules.getParent();
    }

    /** Writes the rule file and the sources {@code news/0.txt}, ..., dated an hour ago so that their stat is trusted. */
    private void story(String rules, String... sources) throws IOException {
        Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < sources.length; i++) {
            Path file = Files.writeString(dir.resolve("news/" + i + ".txt"), sources[i], StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
    }

    private Path onlyCacheFile() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static byte[] damaged(byte[] bytes, String damage) throws IOException {
        return switch (damage) {
            case "empty" -> new byte[0];
            case "truncated" -> java.util.Arrays.copyOf(bytes, bytes.length / 2);
            case "randomBytes" -> randomBytes(bytes.length);
            case "serializedForeignClass" -> serialized(new ArrayList<>(List.of("not", "a", "cache")));
            case "flippedByte" -> flipped(bytes, bytes.length / 3);
            default -> throw new IllegalArgumentException(damage);
        };
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(20120908L).nextBytes(bytes);
        return bytes;
    }

    private static byte[] serialized(Object object) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x10;
        return copy;
    }

    private static List<Path> storiesIn(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml")))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
