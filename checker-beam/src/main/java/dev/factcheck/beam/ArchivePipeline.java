package dev.factcheck.beam;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The archive check as a Beam pipeline: the rule files found under the archive root, one element per story; a step
 * that checks each story with the core and a step that writes its {@code report.json}, fused by the runner so that a
 * story's sources are read, checked and reported on one worker; then one {@code summary.json} across stories. A story
 * whose sources exceed {@code maxStoryBytes} is split into runs of sources, each extracted in its own element, and its
 * parts grouped by story and combined into the report a whole check writes. The archive and output folders must be on
 * a file system that every worker sees (a local disk, or a shared mount). Stories travel with coders of their own:
 * Beam's schema inference finds no properties in a record.
 */
public final class ArchivePipeline {
    private ArchivePipeline() {}

    /**
     * A pipeline that checks every story under {@code options.getRules()} into {@code options.getOutput()}, on the
     * runner the options name. The stories are listed now, on the machine that builds the pipeline.
     */
    public static Pipeline create(ArchiveOptions options) {
        Pipeline pipeline = Pipeline.create(options);
        apply(pipeline, options.getRules(), options.getOutput(), options.getMaxStoryBytes());
        return pipeline;
    }

    /** Adds the archive check to {@code pipeline}; returns the stories' outcomes, in no order. */
    static PCollection<StoryOutcome> apply(Pipeline pipeline, String archiveRoot, String output, long maxStoryBytes) {
        List<String> rulesFiles = Archive.rulesFiles(Path.of(archiveRoot), Path.of(output));
        PCollectionTuple checked = pipeline.apply(
                        "Stories", Create.of(rulesFiles).withCoder(StringUtf8Coder.of()))
                // a list made on the launching machine is one split to Flink, read by one task: without the shuffle
                // the steps fused to it checked every story on one core of however many the runner has
                .apply("Spread", Reshuffle.viaRandomKey())
                .apply(
                        "CheckStory",
                        ParDo.of(new CheckStoryFn(archiveRoot, maxStoryBytes))
                                .withOutputTags(CheckStoryFn.REPORTS, TupleTagList.of(CheckStoryFn.PARTS)));
        PCollection<StoryReport> combined = checked.get(CheckStoryFn.PARTS)
                .setCoder(PartTaskCoder.of())
                .apply("SpreadParts", Reshuffle.viaRandomKey())
                .apply("ExtractPart", ParDo.of(new ExtractPartFn(archiveRoot)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), IndexedPartCoder.of()))
                .apply("GroupParts", GroupByKey.create())
                .apply("CombineParts", ParDo.of(new CombinePartsFn(archiveRoot)))
                .setCoder(StoryReportCoder.of());
        PCollection<StoryOutcome> outcomes = PCollectionList.of(
                        checked.get(CheckStoryFn.REPORTS).setCoder(StoryReportCoder.of()))
                .and(combined)
                .apply("AllStories", Flatten.pCollections())
                .apply("WriteReport", ParDo.of(new WriteReportFn(output)))
                .setCoder(StoryOutcomeCoder.of());
        outcomes.apply("Summarise", Combine.globally(new SummaryFn()))
                .apply("WriteSummary", ParDo.of(new WriteSummaryFn(output)));
        return outcomes;
    }
}
