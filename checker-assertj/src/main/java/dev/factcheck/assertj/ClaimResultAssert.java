package dev.factcheck.assertj;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the result for one claim: its verdict and its mentions. Each failure names the claim, what was
 * expected and what the sources say, then lists the mentions with their positions:
 *
 * <pre>
 * Expecting claim 'meeting.length' to agree but it diverges: '20-minute' (1,200 s (20 minutes)) at b.txt:2:89
 * cannot be true with '55-minute' (3,300 s (55 minutes)) at a.txt:2:89
 * mentions:
 *   a.txt:2:89: '55-minute'  &lt;- conflicts
 *   b.txt:2:89: '20-minute'  &lt;- conflicts
 * </pre>
 */
public final class ClaimResultAssert extends AbstractAssert<ClaimResultAssert, ClaimResult> {
    /** Assertions on {@code actual}; start from {@link FactCheckAssertions#assertThat(ClaimResult)}. */
    public ClaimResultAssert(ClaimResult actual) {
        super(actual, ClaimResultAssert.class);
    }

    /** Verifies that the claim's mentions agree, in two sources or more. */
    public ClaimResultAssert agrees() {
        return hasVerdict(Verdict.AGREE, "to agree");
    }

    /** Verifies that two of the claim's mentions cannot both be true. */
    public ClaimResultAssert diverges() {
        return hasVerdict(Verdict.DIVERGE, "to diverge");
    }

    /** Verifies that the claim is mentioned, but in one source only. */
    public ClaimResultAssert isSingleSource() {
        return hasVerdict(Verdict.SINGLE_SOURCE, "to have mentions in one source only");
    }

    /** Verifies that no source mentions the claim. */
    public ClaimResultAssert isNotFound() {
        return hasVerdict(Verdict.NOT_FOUND, "to be found in no source");
    }

    /** Verifies that the claim's mentions stand in exactly {@code sources} distinct sources. */
    public ClaimResultAssert hasMentionsIn(int sources) {
        isNotNull();
        if (actual.sourceCount() != sources) {
            fail("to have mentions in " + Evidence.counted(sources, "source") + " but it has mentions in "
                    + actual.sourceCount());
        }
        return this;
    }

    /** Verifies that the claim has exactly {@code count} mentions, in all sources together. */
    public ClaimResultAssert hasMentionCount(int count) {
        isNotNull();
        if (actual.mentions().size() != count) {
            fail("to have " + Evidence.counted(count, "mention") + " but it has "
                    + actual.mentions().size());
        }
        return this;
    }

    /** Verifies that one of the claim's mentions is written exactly {@code text}, hedge included. */
    public ClaimResultAssert hasMentionWithText(String text) {
        Objects.requireNonNull(text, "text == null");
        isNotNull();
        if (actual.mentions().stream().noneMatch(m -> m.text().equals(text))) {
            fail("to have a mention written '" + text + "' but it has "
                    + (actual.mentions().isEmpty() ? "no mentions" : "none"));
        }
        return this;
    }

    private ClaimResultAssert hasVerdict(Verdict verdict, String expectation) {
        isNotNull();
        if (actual.verdict() != verdict) {
            fail(expectation + " but it " + Evidence.verdict(actual));
        }
        return this;
    }

    /** Fails with {@code Expecting claim 'id' <what>}, then the mentions. */
    private void fail(String what) {
        String mentions = Evidence.mentions(actual, "  ");
        failWithMessage(
                "%s",
                "Expecting claim '" + actual.id() + "' " + what + (mentions.isEmpty() ? "" : "\nmentions:" + mentions));
    }
}
