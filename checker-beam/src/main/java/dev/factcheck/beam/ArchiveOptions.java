package dev.factcheck.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The archive check's flags, beside Beam's own ({@code --runner}, and each runner's, such as {@code --flinkMaster}). */
public interface ArchiveOptions extends PipelineOptions {
    /** The archive root, read by every worker. */
    @Description("The archive root: every rules.yaml under it is a story, its sources globs relative to its folder")
    @Validation.Required
    String getRules();

    /** Sets the archive root. */
    void setRules(String rules);

    /** The output folder, written by every worker. */
    @Description("The output folder: <output>/<story>/report.json for each story and <output>/summary.json")
    @Validation.Required
    String getOutput();

    /** Sets the output folder. */
    void setOutput(String output);

    /** The most source bytes one worker extracts of a story: 64 MiB unless set. */
    @Description("A story whose sources exceed this many bytes (64 MiB by default) is split into runs of sources of at"
            + " most this many, each extracted on its own worker, and combined into the same report")
    @Default.Long(64L << 20)
    long getMaxStoryBytes();

    /** Sets the most source bytes one worker extracts of a story. */
    void setMaxStoryBytes(long maxStoryBytes);
}
