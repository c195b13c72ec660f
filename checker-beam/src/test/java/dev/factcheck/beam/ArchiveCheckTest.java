package dev.factcheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's defaults. */
class ArchiveCheckTest {
    private static final String CORES = "--parallelism=" + Runtime.getRuntime().availableProcessors();

    @Test
    void runsFlinkOnEveryCoreWhenNoParallelismIsGiven() {
        String[] args = {"--rules=a", "--runner=FlinkRunner", "--flinkMaster=[local]"};

        assertThat(ArchiveCheck.withParallelism(args))
                .containsExactly("--rules=a", "--runner=FlinkRunner", "--flinkMaster=[local]", CORES);
    }

    @Test
    void keepsTheParallelismGivenAndLeavesOtherRunnersAlone() {
        String[] flink = {"--runner=FlinkRunner", "--parallelism=1"};
        String[] direct = {"--runner=DirectRunner"};

        assertThat(ArchiveCheck.withParallelism(flink)).containsExactly(flink);
        assertThat(ArchiveCheck.withParallelism(direct)).containsExactly(direct);
    }
}
