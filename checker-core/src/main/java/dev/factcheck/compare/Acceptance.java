package dev.factcheck.compare;

import java.time.LocalDate;
import java.util.Objects;

/** Why a known divergence is accepted, and until when: an entry of a baseline that matched a claim. */
public record Acceptance(String reason, LocalDate expires) {
    public Acceptance {
        Objects.requireNonNull(reason, "reason == null");
        Objects.requireNonNull(expires, "expires == null");
    }
}
