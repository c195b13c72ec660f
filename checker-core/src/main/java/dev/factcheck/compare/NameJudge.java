package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Named;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.Position;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives a name claim its verdict: listed forms agree; a near miss of one ({@code Vladivostock}) diverges, paired with
 * a mention of the listed form (or, when no source has one, the claim in its rule file) and named with its position
 * in the message. Internal.
 */
final class NameJudge {
    private NameJudge() {}

    static ClaimResult judge(Claim claim, List<Mention> mentions) {
        List<Mention> misses = mentions.stream().filter(NameJudge::isNearMiss).toList();
        if (misses.isEmpty()) {
            return Judge.agreement(claim, mentions, "");
        }
        List<Conflict> conflicts = misses.stream()
                .limit(Conflicts.MAX)
                .map(miss -> new Conflict(listed(claim, mentions, miss), miss))
                .toList();
        String found = misses.stream()
                .limit(Conflicts.MAX)
                .map(m -> "'" + m.text() + "' at " + m.location() + " (did you mean '" + listedForm(m) + "'?)")
                .collect(Collectors.joining(", "));
        return new ClaimResult(
                claim,
                Verdict.DIVERGE,
                claim.id() + " diverges: not a listed form of the name: " + found,
                mentions,
                conflicts);
    }

    private static boolean isNearMiss(Mention mention) {
        return mention.reading() instanceof Named named && named.spelling() == Named.Spelling.NEAR_MISS;
    }

    private static String listedForm(Mention mention) {
        return ((Named) mention.reading()).listed();
    }

    /** A mention of the form the miss is near, else that form placed at the claim in its rule file. */
    private static Mention listed(Claim claim, List<Mention> mentions, Mention miss) {
        String form = listedForm(miss);
        Optional<Mention> found = mentions.stream()
                .filter(m -> !isNearMiss(m) && listedForm(m).equals(form))
                .findFirst();
        Position at = claim.position();
        return found.orElse(
                new Mention(claim.rulesFile(), at, form, new Named(form, Named.Spelling.LISTED), "expected: " + form));
    }
}
