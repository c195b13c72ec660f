package dev.factcheck.bench;

import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Mention;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The heap that writing every report file needs on a large result: 300,000 mentions over 20 claims in 60 sources,
 * built directly (half the claims diverge), written once as today's {@code render} to a string then to the file, and
 * once streamed by {@link FactCheck#writeReports}. Each way prints the heap the result itself holds and the peak in
 * use while writing. Run it with {@code java -Xmx1g -cp ... dev.factcheck.bench.ReportMemory [render|stream]...
 * [--mentions=300000]}; a fresh JVM per way gives the cleanest peaks.
 */
public final class ReportMemory {
    private static final int CLAIMS = 20;
    private static final int SOURCES = 60;
    private static final int OUTLIER_EVERY = 997;

    private ReportMemory() {}

    public static void main(String[] args) throws IOException {
        int mentions = 300_000;
        List<String> ways = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--mentions=")) {
                mentions = Integer.parseInt(arg.substring("--mentions=".length()));
            } else {
                ways.add(arg);
            }
        }
        run(mentions, ways.isEmpty() ? List.of("render", "stream") : ways, System.out);
    }

    static void run(int mentions, List<String> ways, PrintStream out) throws IOException {
        CheckResult result = result(mentions);
        Path folder = Files.createTempDirectory("factcheck-report-memory-");
        out.printf(
                Locale.ROOT,
                "%,d mentions, %d claims, %d sources, max heap %s%n",
                mentions,
                CLAIMS,
                SOURCES,
                megabytes(Runtime.getRuntime().maxMemory()));
        for (String way : ways) {
            long held = HeapSampler.usedAfterGc();
            long peak;
            try (HeapSampler sampler = HeapSampler.start()) {
                write(way, result, folder);
                peak = sampler.peak();
            }
            out.printf(
                    Locale.ROOT,
                    "%-7s result held %s, peak in use while writing %s (%s above), files %s%n",
                    way,
                    megabytes(held),
                    megabytes(peak),
                    megabytes(peak - held),
                    megabytes(size(folder)));
        }
        delete(folder);
    }

    private static void write(String way, CheckResult result, Path folder) throws IOException {
        switch (way) {
            case "render" -> {
                for (ReportFormat format : ReportFormat.values()) {
                    if (format.fileName().isPresent()) {
                        String text = format.render(result);
                        Files.writeString(folder.resolve(format.fileName().get()), text, StandardCharsets.UTF_8);
                    }
                }
            }
            case "stream" -> FactCheck.writeReports(result, ReportFormat.parse(ReportFormat.ALL), folder);
            default -> throw new IllegalArgumentException("unknown way '" + way + "' (expected render or stream)");
        }
    }

    /** The claims, each with its share of mentions copied from the two figures of one sentence: 23 and 31. */
    static CheckResult result(int mentions) {
        List<Mention> figures = figures();
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim claim : claims(CLAIMS)) {
            boolean diverges = claims.size() % 2 == 0;
            claims.add(Judge.judge(claim, mentions(figures, diverges, mentions / CLAIMS)));
        }
        return new CheckResult(claims);
    }

    private static List<Mention> mentions(List<Mention> figures, boolean diverges, int count) {
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Mention figure = figures.get(diverges && i % OUTLIER_EVERY == OUTLIER_EVERY - 1 ? 1 : 0);
            String source = String.format(Locale.ROOT, "news/outlet-%03d.txt", i % SOURCES);
            Position at = new Position(i / SOURCES + 1, figure.position().column(), i);
            mentions.add(new Mention(source, at, figure.text(), figure.reading(), figure.line()));
        }
        return mentions;
    }

    private static List<Mention> figures() {
        SourceText template = SourceText.of("news/template.txt", """
                The ferry carried 23 passengers when it sank, the coast guard said on Monday evening.
                The ferry carried 31 passengers when it sank, the coast guard said on Monday evening.
                """);
        return FactCheck.check(claims(1), List.of(template)).get(0).mentions();
    }

    private static List<Claim> claims(int count) {
        StringBuilder yaml = new StringBuilder("sources: [news/*.txt]\nclaims:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - {id: ferry.passengers-").append(i).append(", kind: count, near: [carried]}\n");
        }
        return RuleParser.parse("rules/ferry.yaml", yaml.toString()).claims();
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }
}
