package dev.factcheck.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the measurements: an aligned table as sizes finish, then one Markdown row per size for the README. */
final class Report {
    private static final String ROW = "%-9s %6s  %-8s %9s %9s %9s %9s %9s %9s %13s %12s%n";
    private static final double MB = Sample.MB;
    private static final String LEGEND = """
            MB = 10^6 bytes; MB/s = MB / median s; cpu s = median CPU time of the whole process (collector and \
            compiler included)
            read = SourceReader.read of every file; extract = tokens + sentences + QuantityReader on the texts in \
            memory, one thread; check = the rule file loaded and checked end to end on one thread (per core); \
            check*N = the same on N threads, one per core (FactCheckBuilder.threads)
            linearity = (median / median at %s) / (size / %s): 1.00 is linear
            peak heap = most heap used, sampled every %d ms, in one more run, untimed, started after System.gc() \
            (uncollected garbage included; extract also holds the texts); retained = heap still reachable after that \
            run with its result held, after System.gc()""";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void header(Options options) {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        line(
                "factcheck throughput, %s: JDK %s, %d cores, max heap %.0f MB, GC %s",
                LocalDate.now(ZoneOffset.UTC),
                System.getProperty("java.vm.version"),
                runtime.availableProcessors(),
                runtime.maxMemory() / MB,
                collectors);
        line(
                "%d measured runs per workload and size, after at least %d warm-up runs (on the first size, for at"
                        + " least %s s per workload, for the JIT);"
                        + " wall-clock time on one thread",
                options.runs(), options.warmups(), options.warmupSeconds());
        line(
                "corpus: %s, 20 claims",
                options.shared()
                        .map(p -> "the texts of " + p + "/news/*/sources and " + p + "/seeds, digits shuffled")
                        .orElse("generated news-like prose"));
        line(LEGEND, label(options.sizes().get(0)), label(options.sizes().get(0)), HeapSampler.PERIOD_MILLIS);
        out.println();
        out.printf(
                Locale.ROOT,
                ROW,
                "size",
                "files",
                "workload",
                "median s",
                "min s",
                "max s",
                "cpu s",
                "MB/s",
                "linearity",
                "peak heap MB",
                "retained MB");
    }

    /** The rows of one size, with {@code base} the first size measured (the linearity baseline). */
    void size(SizeResult result, SizeResult base) {
        row(result, result.read(), base.read());
        row(result, result.extract(), base.extract());
        row(result, result.check(), base.check());
        row(result, result.parallel(), base.parallel());
        line("%9s extract read %,d quantities; check found %s", "", result.quantities(), result.verdicts());
        line(
                "%9s linearity on CPU time: read %.2f, extract %.2f, check %.2f",
                "",
                result.read().cpuLinearity(base.read()),
                result.extract().cpuLinearity(base.extract()),
                result.check().cpuLinearity(base.check()));
    }

    /** One Markdown row per size, under a header, for the README. */
    void paste(List<SizeResult> results) {
        out.println();
        out.println(
                "| corpus | files | read MB/s | extract MB/s | end-to-end MB/s, 1 thread | end-to-end MB/s, all cores"
                        + " | end-to-end median s, 1 thread | end-to-end CPU s | linearity | peak heap MB | retained MB |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        SizeResult base = results.get(0);
        for (SizeResult r : results) {
            line(
                    "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f | %.0f |",
                    r.label(),
                    r.files(),
                    r.read().throughput(),
                    r.extract().throughput(),
                    r.check().throughput(),
                    r.parallel().throughput(),
                    r.check().median(),
                    r.check().cpuMedian(),
                    r.check().linearity(base.check()),
                    r.check().peakHeap() / MB,
                    r.check().retained() / MB);
        }
    }

    static String label(double megabytes) {
        return (megabytes == Math.rint(megabytes)
                        ? String.format(Locale.ROOT, "%.0f", megabytes)
                        : String.format(Locale.ROOT, "%s", megabytes))
                + " MB";
    }

    private void row(SizeResult result, Sample sample, Sample base) {
        out.printf(
                Locale.ROOT,
                ROW,
                result.label(),
                result.files(),
                sample.workload(),
                seconds(sample.median()),
                seconds(sample.min()),
                seconds(sample.max()),
                seconds(sample.cpuMedian()),
                format("%.1f", sample.throughput()),
                format("%.2f", sample.linearity(base)),
                format("%.0f", sample.peakHeap() / MB),
                format("%.0f", sample.retained() / MB));
    }

    private static String seconds(double seconds) {
        return format(seconds < 10 ? "%.3f" : "%.2f", seconds);
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void line(String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
    }
}
