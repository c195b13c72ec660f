package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.source.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invented multi-outlet stories in {@code src/test/resources/dev/factcheck/stories}, laid out as {@code
 * ../shared/news} is, each checked with its own rule file and scored against its truth exactly as {@link
 * NewsStoriesTest} scores the shared ones. Their truth was written and committed before the checker first read them,
 * so they measure the reading of prose it was not tuned on. Needs nothing outside the project.
 */
class InventedStoriesTest {
    // Floors only go up: each sits at or just below the total measured on the five stories when it was last raised
    // (first run: verdicts 40/60, recall 122/152; now 50/60, 133/152). Raise them as the reading improves; never lower
    // them, and
    // never edit the stories to meet them (a real mistake in a truth file is fixed with its reason in the commit).
    private static final double VERDICT_FLOOR = 0.83;
    private static final double RECALL_FLOOR = 0.87;

    @Test
    void inventedStoriesScoreAtLeastTheFloors() throws IOException {
        StoryScore total = StoryScore.ZERO;
        for (Path story : stories()) {
            NewsStoryTruth truth = NewsStoryTruth.read(story);
            CheckResult result = check(story);
            StoryScore score = StoryScorer.score(truth, result, new NewsStorySources(story, story));
            System.out.println(score.last(slug(story)));
            wrongClaims(truth, result, story).forEach(line -> System.out.println("  " + line));
            total = total.plus(score);
        }
        System.out.println(total.last("invented total"));
        System.out.println("invented quotes: " + total.quotesRight() + "/" + total.quotes());

        assertThat(total.verdictRate())
                .as("verdict accuracy over the invented stories, %s", total.last("total"))
                .isGreaterThanOrEqualTo(VERDICT_FLOOR);
        assertThat(total.recallRate())
                .as("mention recall over the invented stories, %s", total.last("total"))
                .isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /**
     * One line per rule claim whose verdict is wrong or that misses a listed mention: its id, the expected and the
     * reported verdict, the listed mentions found, and what the check reported for it.
     */
    private static List<String> wrongClaims(NewsStoryTruth truth, CheckResult result, Path story) {
        return truth.claims().stream()
                .map(c -> truth.ruleOf().get(c.id()))
                .distinct()
                .map(rule -> wrongClaim(truth, rule, result, story))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The claim scored alone: the truth claims it covers, against what the check reported for it. */
    private static Optional<String> wrongClaim(NewsStoryTruth truth, String rule, CheckResult result, Path story) {
        List<NewsStoryTruth.Claim> covered = truth.claims().stream()
                .filter(c -> truth.ruleOf().get(c.id()).equals(rule))
                .toList();
        Map<String, String> ruleOf = covered.stream().collect(Collectors.toMap(NewsStoryTruth.Claim::id, c -> rule));
        NewsStoryTruth alone = new NewsStoryTruth(truth.slug(), covered, ruleOf);
        StoryScore score = StoryScorer.score(alone, result, new NewsStorySources(story, story));
        if (score.verdictsRight() == score.claims() && score.found() == score.listed()) {
            return Optional.empty();
        }
        Optional<ClaimResult> got = result.claim(rule);
        return Optional.of(rule + ": expected " + alone.expected(covered.get(0)) + ", reported "
                + got.map(c -> c.verdict().name()).orElse("nothing") + ", mentions found " + score.found() + "/"
                + score.listed() + "; read "
                + got.map(InventedStoriesTest::described).orElse("nothing"));
    }

    private static String described(ClaimResult claim) {
        if (claim.mentions().isEmpty()) {
            return "nothing";
        }
        return claim.mentions().stream()
                .map(StoryScoreMention::of)
                .map(m -> m.baseName() + ":" + m.line() + ":" + m.column() + " \"" + m.text() + "\" [" + m.min() + ", "
                        + m.max() + "]" + m.unit().map(u -> " " + u).orElse(""))
                .collect(Collectors.joining(", "));
    }

    private static CheckResult check(Path story) {
        try {
            return FactCheck.load(story.resolve("rules.yaml"), story).check();
        } catch (InputException e) {
            throw new AssertionError(slug(story) + ": " + e.getMessage(), e);
        }
    }

    /** The story folders on the test class path (those with a truth file), by name. */
    private static List<Path> stories() throws IOException {
        Path root = root();
        try (Stream<Path> folders = Files.list(root)) {
            List<Path> stories = folders.filter(f -> Files.isRegularFile(f.resolve("truth.json")))
                    .sorted()
                    .toList();
            assertThat(stories)
                    .as("story folders with a truth.json in %s", root)
                    .hasSizeGreaterThanOrEqualTo(5);
            return stories;
        }
    }

    private static Path root() {
        URL url = Objects.requireNonNull(
                InventedStoriesTest.class.getResource("/dev/factcheck/stories"), "test resource dev/factcheck/stories");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resources not in a folder: " + url, e);
        }
    }

    private static String slug(Path story) {
        return story.getFileName().toString();
    }
}
