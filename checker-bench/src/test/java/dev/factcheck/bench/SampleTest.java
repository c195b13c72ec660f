package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTest {
    @Test
    void takesTheMiddleOfAnOddNumberOfRuns() {
        Sample sample = new Sample("check", 1_000_000, List.of(3.0, 1.0, 2.0), List.of(3.0, 1.0, 2.0), 0, 0);

        assertThat(sample.median()).isEqualTo(2.0);
        assertThat(sample.min()).isEqualTo(1.0);
        assertThat(sample.max()).isEqualTo(3.0);
        assertThat(sample.throughput()).isEqualTo(0.5);
    }

    @Test
    void averagesTheTwoMiddleRunsOfAnEvenNumber() {
        Sample sample = new Sample("check", 1_000_000, List.of(4.0, 1.0, 2.0, 3.0), List.of(4.0, 1.0, 2.0, 3.0), 0, 0);

        assertThat(sample.median()).isEqualTo(2.5);
    }

    @Test
    void givesOneForTimeGrowingAsTheSize() {
        Sample base = new Sample("check", 1_000_000, List.of(0.5), List.of(0.5), 0, 0);
        Sample tenTimes = new Sample("check", 10_000_000, List.of(5.0), List.of(5.0), 0, 0);
        Sample quadratic = new Sample("check", 10_000_000, List.of(50.0), List.of(50.0), 0, 0);

        assertThat(tenTimes.linearity(base)).isEqualTo(1.0);
        assertThat(quadratic.linearity(base)).isEqualTo(10.0);
        assertThat(quadratic.cpuLinearity(base)).isEqualTo(10.0);
    }
}
