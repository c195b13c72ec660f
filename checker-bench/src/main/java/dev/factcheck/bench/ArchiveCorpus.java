package dev.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes the throughput corpus as an archive of stories for checker-beam: {@code stories} folders
 * {@code s/<story / 1000>/s<story>/}, each with the benchmark's 20-claim {@code rules.yaml} and {@code articles}
 * articles in {@code news/}, the shared texts copied round-robin across the whole archive with every digit shuffled, as
 * {@link SharedTextCorpus} writes one folder. Run it with {@code java -cp checker-bench/target/checker-bench-*.jar
 * dev.factcheck.bench.ArchiveCorpus --shared=../shared --out=/tmp/archive [--stories=100000] [--articles=10]
 * [--seed=20120908]}; it prints the articles and bytes written.
 */
public final class ArchiveCorpus {
    private ArchiveCorpus() {}

    /** What was written: the archive's root, its stories, articles and the articles' bytes. */
    record Written(Path root, int stories, long articles, long bytes) {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(value(args, "--shared", "../shared"));
        Path out = Path.of(value(args, "--out", "target/archive"));
        int stories = Integer.parseInt(value(args, "--stories", "100000"));
        int articles = Integer.parseInt(value(args, "--articles", "10"));
        long seed = Long.parseLong(value(args, "--seed", "20120908"));
        long start = System.nanoTime();
        Written written = write(out, SharedTextCorpus.texts(shared), stories, articles, seed);
        System.out.printf(
                "ArchiveCorpus: %,d stories, %,d articles, %,d bytes in %s (%.1f s)%n",
                written.stories(), written.articles(), written.bytes(), out, (System.nanoTime() - start) / 1e9);
    }

    /** Writes the archive under {@code root}, created if needed. */
    static Written write(Path root, List<String> texts, int stories, int articles, long seed) throws IOException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no shared texts to copy");
        }
        Random random = new Random(seed);
        String rules = BenchClaims.ruleFile();
        long bytes = 0;
        long article = 0;
        for (int s = 0; s < stories; s++) {
            Path story = root.resolve(String.format("s/%03d/s%06d", s / 1000, s));
            Path news = Files.createDirectories(story.resolve("news"));
            Files.writeString(story.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
            for (int a = 0; a < articles; a++, article++) {
                String text = SharedTextCorpus.shuffleDigits(texts.get((int) (article % texts.size())), random);
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                Files.write(news.resolve(String.format("%02d.txt", a + 1)), utf8);
                bytes += utf8.length;
            }
        }
        return new Written(root, stories, article, bytes);
    }

    private static String value(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
