package dev.factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of real news prose: the shared stories' sources and the seed articles ({@code ../shared/news/}{@code
 * *}{@code /sources/*.txt} and {@code ../shared/seeds/*.txt}), copied round-robin into {@code news/} until the size is
 * reached, every digit of each copy replaced by a random one so that no two copies read the same figures, with the
 * benchmark's 20-claim rule file beside them. The texts are read in place and never committed.
 */
final class SharedTextCorpus {
    private SharedTextCorpus() {}

    /** The shared texts under {@code shared}, in path order; empty when the folder holds none. */
    static List<String> texts(Path shared) throws IOException {
        List<Path> files = new ArrayList<>();
        Path news = shared.resolve("news");
        if (Files.isDirectory(news)) {
            try (Stream<Path> walk = Files.walk(news)) {
                walk.filter(p -> p.getParent().getFileName().toString().equals("sources"))
                        .filter(p -> p.toString().endsWith(".txt"))
                        .forEach(files::add);
            }
        }
        Path seeds = shared.resolve("seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> list = Files.list(seeds)) {
                list.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
            }
        }
        return files.stream().sorted().map(SharedTextCorpus::readString).toList();
    }

    /**
     * Writes at least {@code bytes} bytes of shuffled copies of {@code texts} and the rule file into {@code folder},
     * created if needed.
     */
    static NewsCorpus.Corpus write(Path folder, List<String> texts, long bytes, long seed) throws IOException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no shared texts to copy");
        }
        Path news = Files.createDirectories(folder.resolve("news"));
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        long written = 0;
        while (written < bytes) {
            String text = shuffleDigits(texts.get(files.size() % texts.size()), random);
            Path file = news.resolve(String.format("%06d.txt", files.size() + 1));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
            written += Files.size(file);
        }
        return new NewsCorpus.Corpus(folder, BenchClaims.writeRuleFile(folder), files, written);
    }

    /** {@code text} with every ASCII digit replaced by one drawn at random. */
    static String shuffleDigits(String text, Random random) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(chars);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
