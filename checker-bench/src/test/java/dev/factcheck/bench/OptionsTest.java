package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void measuresOneTenAndHundredMegabytesFiveTimesByDefault() {
        Options options = Options.parse();

        assertThat(options.sizes()).containsExactly(1.0, 10.0, 100.0);
        assertThat(options.runs()).isEqualTo(5);
        assertThat(options.warmups()).isEqualTo(2);
        assertThat(options.warmupSeconds()).isEqualTo(20.0);
        assertThat(options.dir().getFileName()).hasToString("target");
    }

    @Test
    void readsEveryArgumentAndSortsTheSizes() {
        Options options = Options.parse(
                "--sizes=10,0.5", "--runs=3", "--warmups=1", "--warmup-seconds=0.5", "--seed=9", "--dir=out");

        assertThat(options).isEqualTo(new Options(List.of(0.5, 10.0), 1, 0.5, 3, 9, Path.of("out"), Optional.empty()));
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> Options.parse("--size=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument '--size=1'");
    }

    @Test
    void rejectsANumberThatIsNone() {
        assertThatThrownBy(() -> Options.parse("--runs=five"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a number in '--runs=five'");
    }
}
