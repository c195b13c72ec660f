package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.api.Progress;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void logsAtMostOneLineEveryTwoSeconds() {
        List<String> logged = new ArrayList<>();
        long[] now = {0};
        ProgressLog progress = new ProgressLog(recording(logged), () -> now[0]);

        for (int source = 1; source <= 10; source++) {
            now[0] = source * SECOND / 2;
            progress.accept(new Progress(source, 10, source * 1000L));
        }

        assertThat(logged)
                .containsExactly(
                        "factcheck: 4/10 sources read, 4,000 mentions", "factcheck: 8/10 sources read, 8,000 mentions");
    }

    @Test
    void staysQuietOnAShortRun() {
        List<String> logged = new ArrayList<>();
        ProgressLog progress = new ProgressLog(recording(logged), () -> SECOND);

        progress.accept(new Progress(3, 3, 12));

        assertThat(logged).isEmpty();
    }

    private static SystemStreamLog recording(List<String> lines) {
        return new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        };
    }
}
