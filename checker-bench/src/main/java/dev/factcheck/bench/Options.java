package dev.factcheck.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's settings, from {@code --name=value} arguments.
 *
 * @param sizes the corpus sizes to measure, in MB (10^6 bytes), ascending; the first is the linearity baseline
 * @param warmups runs of each workload before measuring it, at least, on every size
 * @param warmupSeconds how long to keep running each workload before measuring it on the first size, at least, for the
 *     JIT to compile the hot code: on two busy cores it takes longer than a few runs of a small corpus
 * @param runs measured runs per workload and size
 * @param seed the corpus generator's seed
 * @param dir the folder under which each corpus is written, then deleted
 * @param shared the folder of the shared stories and seeds whose texts make the corpus; empty for the
 *     generated news-like corpus
 */
record Options(
        List<Double> sizes, int warmups, double warmupSeconds, int runs, long seed, Path dir, Optional<Path> shared) {
    static final String USAGE =
            "usage: Throughput [--sizes=1,10,100] [--runs=5] [--warmups=2] [--warmup-seconds=20] [--seed=20120908]"
                    + " [--dir=<folder for the corpus, default: this module's target/>]"
                    + " [--shared=<folder of the shared texts, such as ../shared; default: a generated corpus>]";

    Options {
        sizes = sizes.stream().sorted().toList();
        if (sizes.isEmpty() || sizes.get(0) <= 0) {
            throw new IllegalArgumentException("sizes must be positive MB, got " + sizes);
        }
        if (warmups < 0 || warmupSeconds < 0 || runs < 1) {
            throw new IllegalArgumentException("need warmups >= 0, warmup-seconds >= 0 and runs >= 1, got " + warmups
                    + ", " + warmupSeconds + " and " + runs);
        }
    }

    /** The settings the arguments give, defaults for the rest. */
    static Options parse(String... args) {
        Options options = new Options(List.of(1.0, 10.0, 100.0), 2, 20.0, 5, 20120908L, defaultDir(), Optional.empty());
        for (String arg : args) {
            options = options.with(arg);
        }
        return options;
    }

    private Options with(String arg) {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        String value = equals < 0 ? "" : arg.substring(equals + 1);
        try {
            return switch (name) {
                case "--sizes" -> new Options(megabytes(value), warmups, warmupSeconds, runs, seed, dir, shared);
                case "--warmups" -> new Options(sizes, Integer.parseInt(value), warmupSeconds, runs, seed, dir, shared);
                case "--warmup-seconds" ->
                    new Options(sizes, warmups, Double.parseDouble(value), runs, seed, dir, shared);
                case "--runs" -> new Options(sizes, warmups, warmupSeconds, Integer.parseInt(value), seed, dir, shared);
                case "--seed" -> new Options(sizes, warmups, warmupSeconds, runs, Long.parseLong(value), dir, shared);
                case "--dir" -> new Options(sizes, warmups, warmupSeconds, runs, seed, Path.of(value), shared);
                case "--shared" ->
                    new Options(sizes, warmups, warmupSeconds, runs, seed, dir, Optional.of(Path.of(value)));
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in '" + arg + "'", e);
        }
    }

    private static List<Double> megabytes(String list) {
        List<Double> sizes = new ArrayList<>();
        Arrays.stream(list.split(",", -1))
                .map(String::trim)
                .map(Double::parseDouble)
                .forEach(sizes::add);
        return sizes;
    }

    /** The {@code target/} folder that holds this class's jar or classes, or {@code target} in the current folder. */
    private static Path defaultDir() {
        CodeSource source = Options.class.getProtectionDomain().getCodeSource();
        try {
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            return code == null || code.getParent() == null ? Path.of("target") : code.getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of("target");
        }
    }
}
