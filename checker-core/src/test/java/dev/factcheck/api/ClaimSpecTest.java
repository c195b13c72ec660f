package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.rules.Term;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims declared in code: immutable specs, written out so that no text can change the rule document. */
class ClaimSpecTest {
    @Test
    void returnsANewSpecFromEachMethod() {
        ClaimSpec plain = ClaimSpec.count("storm.toll");

        ClaimSpec anchored = plain.near("killed").near("died");

        assertThat(plain).hasToString("{id: \"storm.toll\", kind: \"count\"}");
        assertThat(anchored).hasToString("{id: \"storm.toll\", kind: \"count\", near: [\"killed\", \"died\"]}");
    }

    @Test
    void keepsQuotesBackslashesAndLineBreaksAsText() {
        ClaimSpec spec = ClaimSpec.quote("harper.quote")
                .speaker("Stephen \"Steve\" Harper")
                .near("perspective\n]")
                .pattern("\\bdifferent\\b");

        var claim = FactCheck.builder().claim(spec).build().ruleSet().claims().get(0);

        assertThat(claim.speaker()).contains("Stephen \"Steve\" Harper");
        assertThat(claim.near()).extracting(Term::text).containsExactly("perspective\n]");
        assertThat(claim.pattern().orElseThrow().pattern()).isEqualTo("\\bdifferent\\b");
    }

    @Test
    void namesTheArgumentThatIsNull() {
        ClaimSpec spec = ClaimSpec.count("storm.toll");

        assertThatThrownBy(() -> spec.near("killed", null)).hasMessage("near[1] == null");
        assertThatThrownBy(() -> spec.tolerance(null)).hasMessage("tolerance == null");
        assertThatThrownBy(() -> ClaimSpec.count(null)).hasMessage("id == null");
    }

    @Test
    void takesAnyKindARuleFileMayName() {
        var claims = FactCheck.builder()
                .claim(ClaimSpec.of("money", "deal.value").near("deal").unit("USD"))
                .claim(ClaimSpec.name("city").variants("Vladivostok"))
                .build()
                .checkTexts(Map.of("a.txt", "The $5 million deal was signed in Vladivostock."))
                .claims();

        assertThat(claims).extracting(c -> c.claim().kind().name()).containsExactly("money", "name");
    }
}
