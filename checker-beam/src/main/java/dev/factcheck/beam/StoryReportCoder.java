package dev.factcheck.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/** Encodes a story's outcome, then its report text as UTF-8. */
final class StoryReportCoder extends AtomicCoder<StoryReport> {
    private static final long serialVersionUID = 1L;
    private static final StoryReportCoder INSTANCE = new StoryReportCoder();
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();

    private StoryReportCoder() {}

    static StoryReportCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(StoryReport report, OutputStream out) throws IOException {
        StoryOutcomeCoder.of().encode(report.outcome(), out);
        TEXT.encode(report.reportJson(), out);
    }

    @Override
    public StoryReport decode(InputStream in) throws IOException {
        StoryOutcome outcome = StoryOutcomeCoder.of().decode(in);
        return new StoryReport(outcome, TEXT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
}
