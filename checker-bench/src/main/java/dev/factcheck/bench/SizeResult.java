package dev.factcheck.bench;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measurements on one corpus size.
 *
 * @param label the size as asked for: {@code 10 MB}
 * @param files how many articles the corpus has
 * @param read reading and decoding every file
 * @param extract tokens, sentences and quantities of every text
 * @param check the whole check, end to end, on one thread
 * @param parallel the whole check on one thread per core
 * @param quantities how many quantities extraction read, to show it did the work
 * @param verdicts what the check found, to show it did the work: {@code 20 claims, 31,020 mentions: 20 diverge}
 */
record SizeResult(
        String label,
        int files,
        Sample read,
        Sample extract,
        Sample check,
        Sample parallel,
        long quantities,
        String verdicts) {

    /** What a check found, in one line. */
    static String verdicts(CheckResult result) {
        long mentions =
                result.claims().stream().mapToLong(c -> c.mentions().size()).sum();
        String counts = Arrays.stream(Verdict.values())
                .filter(v -> result.count(v) > 0)
                .map(v -> result.count(v) + " "
                        + v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        long withMentions = result.claims().stream()
                .map(ClaimResult::mentions)
                .filter(m -> !m.isEmpty())
                .count();
        return String.format(
                Locale.ROOT,
                "%d claims (%d with mentions), %,d mentions: %s",
                result.claims().size(),
                withMentions,
                mentions,
                counts);
    }
}
