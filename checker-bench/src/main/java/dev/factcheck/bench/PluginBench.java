package dev.factcheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The path users run: {@code mvn factcheck:verify} on a corpus of the shared texts (digits shuffled) with the
 * benchmark's 20 claims, against {@code mvn validate} on the same project, so that Maven's own start-up is subtracted.
 * Each size is timed in turns (validate, a cold verify, a rerun from the cache), medians of the runs. Run it after
 * {@code mvn install} has put the plugin in the local repository:
 * {@code java -cp checker-bench/target/checker-bench-0.1.0-SNAPSHOT.jar dev.factcheck.bench.PluginBench
 * --shared=../shared --sizes=1,10,100 --runs=5}, and {@code --seeds=.} for the gate on the repository's own seeds.
 * {@code --runs=0} writes each corpus and times only its first verify, for a heap bound tried with {@code --xmx=512m}.
 */
public final class PluginBench {
    private PluginBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path shared = Path.of(arg(args, "--shared", "../shared"));
        int runs = Integer.parseInt(arg(args, "--runs", "5"));
        String sizes = arg(args, "--sizes", "1,10,100");
        String seeds = arg(args, "--seeds", "");
        String heap = arg(args, "--xmx", "");
        PrintStream out = System.out;
        String version = PluginBench.class.getPackage().getImplementationVersion();
        out.printf(
                Locale.ROOT,
                "factcheck %s through Maven, %d runs per command, medians; MB = 10^6 bytes%s%n",
                version,
                runs,
                heap.isEmpty() ? "" : ", MAVEN_OPTS=-Xmx" + heap);
        if (!seeds.isEmpty()) {
            gate(gateProject(Path.of(seeds), version), runs, heap, out);
            return;
        }
        List<String> texts = SharedTextCorpus.texts(shared);
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "plugin-bench-");
        for (String size : sizes.split(",", -1)) {
            long bytes = Math.round(Double.parseDouble(size) * Sample.MB);
            Path folder = root.resolve(size + "MB");
            NewsCorpus.Corpus corpus = SharedTextCorpus.write(folder, texts, bytes, 20120908L);
            Files.writeString(folder.resolve("pom.xml"), pom(version, "rules.yaml"), StandardCharsets.UTF_8);
            measure(corpus, runs, heap, out);
        }
    }

    /**
     * Times, in turns, {@code mvn validate}, a cold {@code factcheck:verify} (no cache, reports in a folder of its
     * own so that it leaves the default run's reports as they were), a rerun with nothing changed, and a rerun with one
     * source touched (its time changed, not its text: the gate's memo misses, the stories' caches hold every source);
     * prints the medians, each check's time with Maven's start-up subtracted, and the reruns' against the cold one.
     */
    private static void measure(NewsCorpus.Corpus corpus, int runs, String heap, PrintStream out)
            throws IOException, InterruptedException {
        Path dir = corpus.folder();
        Path touched = corpus.files().get(corpus.files().size() / 2);
        List<Double> validate = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        List<Double> rerun = new ArrayList<>();
        List<Double> touch = new ArrayList<>();
        double first = run(dir, heap, "factcheck:verify"); // fills the OS's file cache and factcheck's
        if (runs == 0) {
            out.printf(Locale.ROOT, "%s: one verify filling the cache, %.2f s%n", describe(corpus), first);
            return;
        }
        for (int i = 0; i < runs; i++) {
            validate.add(run(dir, heap, "validate"));
            cold.add(run(
                    dir,
                    heap,
                    "-Dfactcheck.cache=false",
                    "-Dfactcheck.outputDirectory=target/cold",
                    "factcheck:verify"));
            rerun.add(run(dir, heap, "factcheck:verify"));
            // older than the caches' 3 s of distrust, and another time on each turn
            Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() - 10_000 - i));
            touch.add(run(dir, heap, "factcheck:verify"));
        }
        double base = median(validate);
        double check = median(cold) - base;
        out.printf(
                Locale.ROOT,
                "%.0f MB, %d files: validate %.2f s, cold verify %.2f s (check %.2f s, %.1f MB/s)%n",
                corpus.bytes() / Sample.MB,
                corpus.files().size(),
                base,
                median(cold),
                check,
                corpus.bytes() / Sample.MB / check);
        rerun(out, "rerun, nothing changed", median(rerun), base, median(cold));
        rerun(out, "rerun, one source touched", median(touch), base, median(cold));
    }

    private static String describe(NewsCorpus.Corpus corpus) {
        return String.format(
                Locale.ROOT,
                "%.0f MB, %d files in %s",
                corpus.bytes() / Sample.MB,
                corpus.files().size(),
                corpus.folder().toAbsolutePath());
    }

    private static void rerun(PrintStream out, String label, double seconds, double base, double cold) {
        out.printf(
                Locale.ROOT,
                "  %s: %.2f s (check %.2f s: %.0f %% of the cold check, %.0f %% of the cold run)%n",
                label,
                seconds,
                seconds - base,
                100 * (seconds - base) / (cold - base),
                100 * seconds / cold);
    }

    /**
     * A one-module project holding copies of {@code repository}'s {@code seeds/} and {@code rules/}, so that the gate
     * is timed against the {@code validate} of a small project, not of this repository's whole reactor.
     */
    private static Path gateProject(Path repository, String version) throws IOException {
        Path project = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "plugin-gate-");
        for (String folder : List.of("seeds", "rules")) {
            Path to = Files.createDirectories(project.resolve(folder));
            try (java.util.stream.Stream<Path> files = Files.list(repository.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                }
            }
        }
        Files.writeString(project.resolve("pom.xml"), pom(version, "rules"), StandardCharsets.UTF_8);
        return project;
    }

    /** The gate: {@code mvn -q factcheck:verify} against {@code mvn -q validate} on a project such as this one. */
    private static void gate(Path project, int runs, String heap, PrintStream out)
            throws IOException, InterruptedException {
        List<Double> validate = new ArrayList<>();
        List<Double> verify = new ArrayList<>();
        run(project, heap, "factcheck:verify");
        for (int i = 0; i < runs; i++) {
            validate.add(run(project, heap, "validate"));
            verify.add(run(project, heap, "factcheck:verify"));
        }
        out.printf(
                Locale.ROOT,
                "gate on %s: validate %.2f s, factcheck:verify %.2f s, adds %.2f s (ratio %.2f)%n",
                project.toAbsolutePath().normalize(),
                median(validate),
                median(verify),
                median(verify) - median(validate),
                median(verify) / median(validate));
    }

    /** The wall-clock seconds of one {@code mvn -B -q -o} run; its output is dropped, a failure ends the bench. */
    private static double run(Path dir, String heap, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-o", "-Dfactcheck.failOn=none"));
        Collections.addAll(command, goals);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!heap.isEmpty()) {
            builder.environment().put("MAVEN_OPTS", "-Xmx" + heap);
        }
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + " with " + status);
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** A project that declares the plugin with the corpus's rule file. */
    private static String pom(String version, String rules) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>corpus</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.factcheck</groupId>
                        <artifactId>factcheck-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <rules>%s</rules>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, rules);
    }
}
