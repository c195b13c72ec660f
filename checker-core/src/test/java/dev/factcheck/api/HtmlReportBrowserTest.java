package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story's report.html in a real browser, Debian's headless Chromium: the page loads from disk with its script,
 * shows every claim with its verdict, and logs nothing to the console (no error, no blocked fetch). With
 * {@code -Dfactcheck.screenshot=<png>} it also saves a screenshot, 1200 pixels wide, as in {@code docs/}.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PROJECT = Path.of("..");

    @Test
    void seedReportLoadsInChromiumWithEveryClaimAndNoConsoleMessage(@TempDir Path temp)
            throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                CHROMIUM + " not found, so report.html is not opened in a browser (apt-get install -y chromium;"
                        + " .ci/run installs it)");
        CheckResult result = FactCheck.load(Path.of("rules"), PROJECT).check();
        Path page = FactCheck.writeReports(result, Set.of(ReportFormat.HTML), temp.resolve("report"))
                .get(0);

        Run run = chromium(temp, "--dump-dom", page.toUri().toString());

        assertThat(run.exitCode())
                .as("chromium's exit code; it printed:%n%s", run.log())
                .isZero();
        for (ClaimResult claim : result.claims()) {
            assertThat(run.out())
                    .contains("id=\"claim-" + claim.id() + "\" data-verdict=\"" + claim.verdict() + "\"")
                    .contains("<span class=\"verdict v-")
                    .contains(">" + claim.verdict().name() + "</span> <code class=\"id\">" + claim.id() + "</code>");
        }
        assertThat(run.out()).as("the page's script ran to its end").contains("data-script=\"ready\"");
        assertThat(run.log().lines().filter(line -> line.contains(":CONSOLE")))
                .as("console messages (errors, blocked fetches) while loading the page")
                .isEmpty();
        screenshot(temp, page);
    }

    /** Saves the page as a PNG where {@code factcheck.screenshot} says, for the README; nothing when it is unset. */
    private static void screenshot(Path temp, Path page) throws IOException, InterruptedException {
        String target = System.getProperty("factcheck.screenshot", "");
        if (target.isEmpty()) {
            return;
        }
        String height = System.getProperty("factcheck.screenshot.height", "1800");
        Path png = Path.of(target).toAbsolutePath();
        Run run = chromium(
                temp,
                "--hide-scrollbars",
                "--window-size=1200," + height,
                "--screenshot=" + png,
                page.toUri().toString());
        assertThat(run.exitCode())
                .as("chromium's exit code; it printed:%n%s", run.log())
                .isZero();
        assertThat(png).isNotEmptyFile();
    }

    /** Runs headless Chromium with a new profile and no background traffic, as the machine's notes advise. */
    private static Run chromium(Path temp, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(arguments));
        Path out = temp.resolve("chromium.out");
        Path log = temp.resolve("chromium.log");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + command);
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String log) {}
}
