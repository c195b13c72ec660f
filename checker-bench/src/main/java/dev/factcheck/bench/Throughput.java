package dev.factcheck.bench;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The throughput benchmark: writes a generated news corpus of each size under {@code target/}, times reading,
 * extraction and the whole check over it, prints the table and deletes the corpus. Run it with {@code java -Xmx2g -jar
 * checker-bench/target/checker-bench-0.1.0-SNAPSHOT.jar [--sizes=1,10,100] [--runs=5] [--warmups=2]
 * [--warmup-seconds=20]}.
 */
public final class Throughput {
    private Throughput() {}

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Throughput: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    /** Measures every size of {@code options}, printing to {@code out}, and returns the results in size order. */
    static List<SizeResult> run(Options options, PrintStream out) throws IOException {
        Report report = new Report(out);
        report.header(options);
        Path corpora = Files.createTempDirectory(Files.createDirectories(options.dir()), "bench-corpus-");
        try {
            List<SizeResult> results = new ArrayList<>();
            List<String> shared = options.shared().isPresent()
                    ? SharedTextCorpus.texts(options.shared().get())
                    : List.of();
            for (double megabytes : options.sizes()) {
                Path folder = corpora.resolve(Report.label(megabytes).replace(' ', '-'));
                long bytes = Math.round(megabytes * Sample.MB);
                NewsCorpus.Corpus corpus = options.shared().isPresent()
                        ? SharedTextCorpus.write(folder, shared, bytes, options.seed())
                        : NewsCorpus.write(folder, bytes, options.seed());
                double warmupSeconds = results.isEmpty() ? options.warmupSeconds() : 0;
                Bench bench = new Bench(options.warmups(), warmupSeconds, options.runs());
                results.add(measure(corpus, Report.label(megabytes), bench));
                report.size(results.get(results.size() - 1), results.get(0));
                delete(folder);
            }
            report.paste(results);
            return results;
        } finally {
            delete(corpora);
        }
    }

    private static SizeResult measure(NewsCorpus.Corpus corpus, String label, Bench bench) {
        Sample read = bench.measure("read", corpus.bytes(), () -> Workloads.read(corpus));
        AtomicLong quantities = new AtomicLong();
        Sample extract = measureExtraction(corpus, bench, quantities);
        AtomicReference<String> verdicts = new AtomicReference<>("");
        Sample check = bench.measure("check", corpus.bytes(), () -> {
            CheckResult result = Workloads.check(corpus, 1);
            verdicts.set(SizeResult.verdicts(result));
            return result;
        });
        int cores = Runtime.getRuntime().availableProcessors();
        Sample parallel = bench.measure("check*" + cores, corpus.bytes(), () -> Workloads.check(corpus, cores));
        return new SizeResult(
                label, corpus.files().size(), read, extract, check, parallel, quantities.get(), verdicts.get());
    }

    /** Extraction on texts read beforehand, which are dropped when it is done. */
    private static Sample measureExtraction(NewsCorpus.Corpus corpus, Bench bench, AtomicLong quantities) {
        List<SourceText> texts = Workloads.read(corpus);
        return bench.measure("extract", corpus.bytes(), () -> {
            quantities.set(Workloads.extract(texts));
            return quantities.get();
        });
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Throughput::deleteFile);
        }
    }

    private static void deleteFile(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
