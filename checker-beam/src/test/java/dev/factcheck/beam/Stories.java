package dev.factcheck.beam;

import dev.factcheck.api.FactCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** The archives the tests check, what the plugin's way of checking writes for them, and the runs of the pipeline. */
final class Stories {
    /** The invented stories of the core's tests, read in place. */
    static final Path INVENTED = Path.of("../checker-core/src/test/resources/dev/factcheck/stories")
            .toAbsolutePath()
            .normalize();

    private Stories() {}

    /** The shared news stories, when this machine has them (surefire sets {@code factcheck.shared}). */
    static Optional<Path> shared() {
        return Optional.ofNullable(System.getProperty("factcheck.shared"))
                .map(shared -> Path.of(shared, "news"))
                .filter(Files::isDirectory);
    }

    /** Runs the archive check of {@code root} into {@code output} on the runner {@code args} name. */
    static void runPipeline(Path root, Path output, String... args) {
        runPipeline(root, output, 64L << 20, args);
    }

    /** As {@link #runPipeline(Path, Path, String...)}, splitting stories whose sources exceed {@code maxStoryBytes}. */
    static void runPipeline(Path root, Path output, long maxStoryBytes, String... args) {
        PipelineOptions options = PipelineOptionsFactory.fromArgs(args).create();
        Pipeline pipeline = Pipeline.create(options);
        ArchivePipeline.apply(pipeline, root.toString(), output.toString(), maxStoryBytes);
        pipeline.run().waitUntilFinish();
    }

    /**
     * Each story's report.json as {@code mvn factcheck:verify} writes it in a project at {@code root} whose rules are
     * that story's rule file: an absolute rules path, the default threads, the core's own writer.
     */
    static Map<String, String> pluginReports(Path root, Path scratch) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String rulesFile : Archive.rulesFiles(root, scratch)) {
            Path written = FactCheck.writeJsonReport(
                    FactCheck.builder()
                            .rules(root.resolve(rulesFile))
                            .workingDirectory(root)
                            .build()
                            .check(),
                    scratch.resolve(rulesFile).getParent());
            reports.put(Archive.storyOf(rulesFile), read(written));
        }
        return reports;
    }

    /** The stories of an archive, as the pipeline names them. */
    static List<String> storiesOf(Path root) {
        return Archive.rulesFiles(root, root.resolve(".none")).stream()
                .map(Archive::storyOf)
                .toList();
    }

    /** Each story's report.json as the pipeline wrote it under {@code output}. */
    static Map<String, String> writtenReports(Path output, Iterable<String> stories) {
        Map<String, String> reports = new LinkedHashMap<>();
        stories.forEach(story -> reports.put(story, read(WriteReportFn.reportFile(output, story))));
        return reports;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
