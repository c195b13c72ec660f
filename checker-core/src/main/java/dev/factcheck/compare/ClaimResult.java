package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.extract.MentionList;
import dev.factcheck.rules.Claim;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one claim, with the message shown to users, every mention found and the pairs that conflict.
 *
 * @param claim the claim as declared
 * @param verdict what the mentions say together
 * @param message one sentence for people: {@code meeting.length diverges: ...}
 * @param mentions every mention, in source order, held compact ({@link MentionList})
 * @param conflicts the pairs that cannot both be true; empty unless the verdict is {@link Verdict#DIVERGE}
 * @param accepted the baseline entry that accepts this divergence, if one does and has not expired
 */
public record ClaimResult(
        Claim claim,
        Verdict verdict,
        String message,
        List<Mention> mentions,
        List<Conflict> conflicts,
        Optional<Acceptance> accepted) {
    public ClaimResult {
        Objects.requireNonNull(claim, "claim == null");
        Objects.requireNonNull(verdict, "verdict == null");
        Objects.requireNonNull(message, "message == null");
        mentions = MentionList.copyOf(mentions);
        conflicts = List.copyOf(conflicts);
        Objects.requireNonNull(accepted, "accepted == null");
    }

    /** A result that no baseline has accepted. */
    public ClaimResult(Claim claim, Verdict verdict, String message, List<Mention> mentions, List<Conflict> conflicts) {
        this(claim, verdict, message, mentions, conflicts, Optional.empty());
    }

    public String id() {
        return claim.id();
    }

    /** The number of distinct sources that mention the claim. */
    public long sourceCount() {
        return mentions.stream().map(Mention::source).distinct().count();
    }

    /** Whether this result counts against its claim's severity: a problem verdict that no baseline accepts. */
    public boolean isFailing() {
        return verdict.isProblem() && accepted.isEmpty();
    }

    /** A stable fingerprint of this claim's evidence: its id and its mentions' sources and words, not their lines. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

    /** The same result, accepted by a baseline entry. */
    ClaimResult accept(Acceptance acceptance) {
        return new ClaimResult(claim, verdict, message, mentions, conflicts, Optional.of(acceptance));
    }

    /** The same result with a note added to its message. */
    ClaimResult note(String note) {
        return new ClaimResult(claim, verdict, message + " (" + note + ")", mentions, conflicts, accepted);
    }
}
