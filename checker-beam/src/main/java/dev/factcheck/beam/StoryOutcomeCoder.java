package dev.factcheck.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Encodes an outcome field by field: Beam's schema inference sees no properties in a record and would encode it
 * empty. Deterministic, so outcomes may be keys.
 */
final class StoryOutcomeCoder extends AtomicCoder<StoryOutcome> {
    private static final long serialVersionUID = 1L;
    private static final StoryOutcomeCoder INSTANCE = new StoryOutcomeCoder();
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
    private static final VarLongCoder COUNT = VarLongCoder.of();
    private static final ListCoder<String> PROBLEMS = ListCoder.of(TEXT);

    private StoryOutcomeCoder() {}

    static StoryOutcomeCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(StoryOutcome outcome, OutputStream out) throws IOException {
        TEXT.encode(outcome.story(), out);
        VerdictCounts counts = outcome.counts();
        for (long count :
                List.of(counts.claims(), counts.agree(), counts.diverge(), counts.singleSource(), counts.notFound())) {
            COUNT.encode(count, out);
        }
        PROBLEMS.encode(outcome.problems(), out);
    }

    @Override
    public StoryOutcome decode(InputStream in) throws IOException {
        String story = TEXT.decode(in);
        VerdictCounts counts = new VerdictCounts(
                COUNT.decode(in), COUNT.decode(in), COUNT.decode(in), COUNT.decode(in), COUNT.decode(in));
        return new StoryOutcome(story, counts, PROBLEMS.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
}
