package dev.factcheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;

/** Writes the archive's {@code summary.json} into the output folder. */
final class WriteSummaryFn extends DoFn<String, Void> {
    static final String SUMMARY_FILE = "summary.json";
    private static final long serialVersionUID = 1L;

    private final String output;

    WriteSummaryFn(String output) {
        this.output = output;
    }

    @ProcessElement
    public void processElement(@Element String summary) {
        ReportFile.write(Path.of(output).resolve(SUMMARY_FILE), summary);
    }
}
