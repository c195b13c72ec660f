package dev.factcheck.beam;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.Verdict;

/** How many claims a story (or an archive) has, and how many of them got each verdict. */
record VerdictCounts(long claims, long agree, long diverge, long singleSource, long notFound) {
    static final VerdictCounts NONE = new VerdictCounts(0, 0, 0, 0, 0);

    static VerdictCounts of(CheckResult result) {
        return new VerdictCounts(
                result.claims().size(),
                result.count(Verdict.AGREE),
                result.count(Verdict.DIVERGE),
                result.count(Verdict.SINGLE_SOURCE),
                result.count(Verdict.NOT_FOUND));
    }

    VerdictCounts plus(VerdictCounts other) {
        return new VerdictCounts(
                claims + other.claims,
                agree + other.agree,
                diverge + other.diverge,
                singleSource + other.singleSource,
                notFound + other.notFound);
    }
}
