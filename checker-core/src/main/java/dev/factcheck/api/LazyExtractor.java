package dev.factcheck.api;

import dev.factcheck.extract.Extractor;
import dev.factcheck.rules.Claim;
import java.util.List;

/**
 * A story's extractor, made when first needed: a rerun from the cache, or a plan that only lists and sizes sources,
 * compiles no claim's matchers. Thread-safe.
 */
final class LazyExtractor {
    private final List<Claim> claims;
    private final ReadingMemory memory;
    private volatile Extractor extractor;

    LazyExtractor(List<Claim> claims, ReadingMemory memory) {
        this.claims = List.copyOf(claims);
        this.memory = memory;
    }

    Extractor get() {
        Extractor made = extractor;
        if (made == null) {
            synchronized (this) {
                made = extractor;
                if (made == null) {
                    made = Extractor.of(claims, memory.taggers());
                    extractor = made;
                }
            }
        }
        return made;
    }
}
