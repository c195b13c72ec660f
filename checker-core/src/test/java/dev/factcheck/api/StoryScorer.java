package dev.factcheck.api;

import dev.factcheck.api.StoryScoreValues.Fit;
import dev.factcheck.api.StoryScoreValues.Scale;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a check's result against a story's truth exactly as {@code ../shared/news/score.py} scores its report.json
 * (see that folder's README, section Scoring): verdicts, mention recall by position and value, quotes apart.
 */
final class StoryScorer {
    private static final Map<Verdict, String> VERDICTS =
            Map.of(Verdict.AGREE, "agree", Verdict.DIVERGE, "diverge", Verdict.SINGLE_SOURCE, "single-source");

    /** score.py's {@code status()} of one listed mention. */
    private enum Status {
        FOUND,
        UNIT_UNKNOWN,
        WRONG_VALUE,
        ABSENT
    }

    private final NewsStoryTruth truth;
    private final NewsStorySources sources;

    private StoryScorer(NewsStoryTruth truth, NewsStorySources sources) {
        this.truth = truth;
        this.sources = sources;
    }

    /** The score of {@code result}, whose mention paths are relative to {@code sources}' prefix. */
    static StoryScore score(NewsStoryTruth truth, CheckResult result, NewsStorySources sources) {
        StoryScorer scorer = new StoryScorer(truth, sources);
        return truth.claims().stream()
                .map(c -> scorer.score(c, result.claim(truth.ruleOf().get(c.id()))))
                .reduce(StoryScore.ZERO, StoryScore::plus);
    }

    private StoryScore score(NewsStoryTruth.Claim claim, Optional<ClaimResult> got) {
        String expected = truth.expected(claim);
        boolean ok =
                got.map(c -> VERDICTS.get(c.verdict())).filter(expected::equals).isPresent();
        Optional<Scale> scale = scale(claim);
        List<NewsStorySources.Placed> spans = got.map(c -> sources.place(
                        c.mentions().stream().map(StoryScoreMention::of).toList()))
                .orElse(List.of());
        List<Status> states =
                claim.mentions().stream().map(m -> status(m, scale, spans)).toList();
        int unknown = count(states, Status.UNIT_UNKNOWN);
        int hits = count(states, Status.FOUND) + unknown;
        boolean agree = expected.equals("agree");
        boolean quote = claim.kind().equals("quote");
        return new StoryScore(
                ok ? 1 : 0,
                1,
                hits,
                claim.mentions().size(),
                hits + count(states, Status.WRONG_VALUE),
                unknown,
                ok && agree ? 1 : 0,
                agree ? 1 : 0,
                ok && hits > 0 ? 1 : 0,
                ok && quote ? 1 : 0,
                quote ? 1 : 0);
    }

    private static Optional<Scale> scale(NewsStoryTruth.Claim claim) {
        Optional<Scale> scale = StoryScoreValues.scale(claim);
        if (scale.isEmpty()) {
            System.err.printf(
                    "score: warning: %s: no conversion for kind '%s' unit '%s'; its mentions are checked by position"
                            + " only%n",
                    claim.id(), claim.kind(), claim.unit());
        }
        return scale;
    }

    /** Found when an overlapping report mention in the same file fits; else what the overlapping ones say. */
    private static Status status(
            NewsStoryTruth.Listed listed, Optional<Scale> scale, List<NewsStorySources.Placed> spans) {
        String name = StoryScoreMention.baseName(listed.source());
        List<Fit> fits = spans.stream()
                .filter(s -> s.baseName().equals(name) && s.overlaps(listed.text()))
                .map(s -> StoryScoreValues.fit(listed, scale, s.mention()))
                .toList();
        if (fits.contains(Fit.YES)) {
            return Status.FOUND;
        }
        if (fits.contains(Fit.UNKNOWN)) {
            return Status.UNIT_UNKNOWN;
        }
        return fits.isEmpty() ? Status.ABSENT : Status.WRONG_VALUE;
    }

    private static int count(List<Status> states, Status wanted) {
        return (int) states.stream().filter(wanted::equals).count();
    }
}
