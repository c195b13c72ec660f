package dev.factcheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Writes each checked story's report to {@code <output>/<story>/report.json} and passes its outcome on to the
 * summary; a story whose check did not run gets no report file, only its problems in the summary.
 */
final class WriteReportFn extends DoFn<StoryReport, StoryOutcome> {
    static final String REPORT_FILE = "report.json";
    private static final long serialVersionUID = 1L;

    private final String output;

    WriteReportFn(String output) {
        this.output = output;
    }

    @ProcessElement
    public void processElement(@Element StoryReport report, OutputReceiver<StoryOutcome> out) {
        StoryOutcome outcome = report.outcome();
        if (outcome.isChecked()) {
            ReportFile.write(reportFile(Path.of(output), outcome.story()), report.reportJson());
        }
        out.output(outcome);
    }

    static Path reportFile(Path output, String story) {
        return output.resolve(story).resolve(REPORT_FILE).normalize();
    }
}
