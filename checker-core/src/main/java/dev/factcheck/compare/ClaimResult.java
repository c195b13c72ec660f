package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one claim, with the message shown to users, every mention found and the pairs that conflict.
 *
 * @param claim the claim as declared
 * @param verdict what the mentions say together
 * @param message one sentence for people: {@code meeting.length diverges: ...}
 * @param mentions every mention, in source order
 * @param conflicts the pairs that cannot both be true; empty unless the verdict is {@link Verdict#DIVERGE}
 */
public record ClaimResult(
        Claim claim, Verdict verdict, String message, List<Mention> mentions, List<Conflict> conflicts) {
    public ClaimResult {
        Objects.requireNonNull(claim, "claim == null");
        Objects.requireNonNull(verdict, "verdict == null");
        Objects.requireNonNull(message, "message == null");
        mentions = List.copyOf(mentions);
        conflicts = List.copyOf(conflicts);
    }

    public String id() {
        return claim.id();
    }

    /** The number of distinct sources that mention the claim. */
    public long sourceCount() {
        return mentions.stream().map(Mention::source).distinct().count();
    }
}
