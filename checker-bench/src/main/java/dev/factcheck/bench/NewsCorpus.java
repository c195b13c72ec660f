package dev.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of news-like English: articles of about 50 KB in {@code news/}, each a headline and
 * paragraphs of sentences that mention the {@link BenchClaims} among filler prose, and the rule file beside them.
 */
final class NewsCorpus {
    /** The size of one article, in characters (all but a few are ASCII, so about as many bytes). */
    static final int FILE_CHARS = 50_000;

    /** How many sentences in a hundred mention a claim. */
    private static final int CLAIM_PERCENT = 35;

    private NewsCorpus() {}

    /** A corpus written to disk: its folder, rule file, articles in order and their total size in bytes. */
    record Corpus(Path folder, Path rules, List<Path> files, long bytes) {
        Corpus {
            files = List.copyOf(files);
        }
    }

    /** Writes at least {@code bytes} bytes of articles and the rule file into {@code folder}, created if needed. */
    static Corpus write(Path folder, long bytes, long seed) throws IOException {
        Path news = Files.createDirectories(folder.resolve("news"));
        Phrases phrases = new Phrases(new Random(seed));
        List<Path> files = new ArrayList<>();
        long written = 0;
        while (written < bytes) {
            int chars = (int) Math.min(FILE_CHARS, bytes - written);
            Path file = news.resolve(String.format("%05d.txt", files.size() + 1));
            Files.writeString(file, article(phrases, chars), StandardCharsets.UTF_8);
            files.add(file);
            written += Files.size(file);
        }
        return new Corpus(folder, BenchClaims.writeRuleFile(folder), files, written);
    }

    /** A headline, then paragraphs of two to six sentences, one paragraph a line, until {@code chars} are reached. */
    static String article(Phrases phrases, int chars) {
        StringBuilder text = new StringBuilder(chars + 1000);
        text.append(phrases.render("{place}: {official} {verb} the {adj} {word}"))
                .append("\n\n");
        while (text.length() < chars) {
            int sentences = phrases.between(2, 6);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ").append(phrases.render(sentence(phrases)));
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(Phrases phrases) {
        if (phrases.chance(CLAIM_PERCENT)) {
            BenchClaims.BenchClaim claim = BenchClaims.ALL.get(phrases.between(0, BenchClaims.ALL.size() - 1));
            return phrases.pick(claim.templates());
        }
        return phrases.pick(FillerWords.SENTENCES);
    }
}
