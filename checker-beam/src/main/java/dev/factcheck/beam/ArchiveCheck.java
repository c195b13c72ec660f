package dev.factcheck.beam;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Checks an archive from the command line: {@code java -jar checker-beam.jar --rules=archive --output=out
 * [--runner=DirectRunner|FlinkRunner --flinkMaster=[local] --parallelism=N] [--maxStoryBytes=N]}. Exits with 1 when
 * the pipeline did not finish. On Flink without {@code --parallelism}, it runs on as many task slots as the machine has
 * cores: Flink's {@code [local]} master would otherwise run every story on one.
 */
public final class ArchiveCheck {
    private ArchiveCheck() {}

    /** Runs the archive check that {@code args} describe and waits for it. */
    public static void main(String[] args) {
        PipelineOptionsFactory.register(ArchiveOptions.class);
        ArchiveOptions options = PipelineOptionsFactory.fromArgs(withParallelism(args))
                .withValidation()
                .as(ArchiveOptions.class);
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

    /** {@code args}, with {@code --parallelism} set to the cores when they run Flink and set none. */
    static String[] withParallelism(String[] args) {
        boolean flink = Arrays.asList(args).contains("--runner=FlinkRunner");
        boolean set = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--parallelism="));
        if (!flink || set) {
            return args;
        }
        String cores = "--parallelism=" + Runtime.getRuntime().availableProcessors();
        return Stream.concat(Arrays.stream(args), Stream.of(cores)).toArray(String[]::new);
    }
}
