package dev.factcheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Checks an archive from the command line: {@code java -jar checker-beam.jar --rules=archive --output=out
 * [--runner=DirectRunner|FlinkRunner --flinkMaster=[local]]}. Exits with 1 when the pipeline did not finish.
 */
public final class ArchiveCheck {
    private ArchiveCheck() {}

    /** Runs the archive check that {@code args} describe and waits for it. */
    public static void main(String[] args) {
        PipelineOptionsFactory.register(ArchiveOptions.class);
        ArchiveOptions options =
                PipelineOptionsFactory.fromArgs(args).withValidation().as(ArchiveOptions.class);
        long start = System.nanoTime();
        PipelineResult.State state = ArchivePipeline.create(options).run().waitUntilFinish();
        double seconds = (System.nanoTime() - start) / 1e9;
        Path summary = Path.of(options.getOutput()).resolve(WriteSummaryFn.SUMMARY_FILE);
        System.out.printf(
                "factcheck: archive %s checked on %s: %s in %.1f s; summary in %s%n",
                options.getRules(), options.getRunner().getSimpleName(), state, seconds, summary);
        if (state != PipelineResult.State.DONE) {
            System.exit(1);
        }
    }
}
