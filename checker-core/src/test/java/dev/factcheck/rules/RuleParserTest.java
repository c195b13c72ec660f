package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Tolerance;
import dev.factcheck.source.Position;
import dev.factcheck.source.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleParserTest {
    private static final String MINIMAL = """
            sources: [a.txt]
            claims:
              - id: x
                kind: count
                near: killed
            """;

    @Test
    void parsesStoryAndSourceGlobsWithTheirPositions() {
        String text = Fixtures.text("full.yaml");

        RuleFile file = RuleParser.parse("rules/full.yaml", text);

        assertThat(file.path()).isEqualTo("rules/full.yaml");
        assertThat(file.story()).contains("Harper and Putin meet at APEC 2012");
        assertThat(file.sources())
                .containsExactly(
                        new RuleFile.SourceGlob("../seeds/*.txt", Position.of(3, 5)),
                        new RuleFile.SourceGlob("more/**/*.txt", Position.of(4, 5)));
    }

    @Test
    void parsesCountClaimWithEveryKey() {
        String text = Fixtures.text("full.yaml");

        Claim claim = RuleParser.parse("rules/full.yaml", text).claims().get(0);

        assertThat(claim.id()).isEqualTo("syria.death-toll");
        assertThat(claim.description()).contains("People killed in Syria's conflict");
        assertThat(claim.kind()).isEqualTo(new CountKind());
        assertThat(claim.near())
                .containsExactly(
                        new Term("kill*", List.of("kill"), true),
                        new Term("dead", List.of("dead"), false),
                        new Term("death toll", List.of("death", "toll"), false));
        assertThat(claim.with()).extracting(Term::text).containsExactly("Syria", "Syrian");
        assertThat(claim.without()).extracting(Term::text).containsExactly("injured", "missing");
        assertThat(claim.within()).isEqualTo(Within.words(12));
        assertThat(claim.tolerance()).isEqualTo(Tolerance.relative(0.05));
        assertThat(claim.severity()).isEqualTo(Severity.WARNING);
        assertThat(claim.rulesFile()).isEqualTo("rules/full.yaml");
        assertThat(claim.position()).isEqualTo(Position.of(6, 5));
    }

    @Test
    void readsExpectedValueAsWrittenAndAsInterval() {
        String text = Fixtures.text("full.yaml");

        Claim claim = RuleParser.parse("rules/full.yaml", text).claims().get(0);

        assertThat(claim.expected()).map(Claim.Expected::text).contains("at least 23,000");
        assertThat(claim.expected()).map(e -> e.quantity().dimension()).contains(Dimension.NUMBER);
        assertThat(claim.expected()).map(e -> e.quantity().interval()).contains(Interval.atLeast(23_000));
    }

    @Test
    void readsToleranceWithUnitInCanonicalUnit() {
        String text = Fixtures.text("full.yaml");

        Claim claim = RuleParser.parse("rules/full.yaml", text).claims().get(1);

        assertThat(claim.kind()).isEqualTo(new QuantityKind("duration", Dimension.DURATION));
        assertThat(claim.near()).containsExactly(Term.parse("meeting"));
        assertThat(claim.tolerance()).isEqualTo(Tolerance.absolute(300));
    }

    @Test
    void parsesQuoteWithSpeakerAndCaseInsensitivePattern() {
        String text = Fixtures.text("full.yaml");

        Claim claim = RuleParser.parse("rules/full.yaml", text).claims().get(2);

        assertThat(claim.kind()).isEqualTo(new QuoteKind());
        assertThat(claim.speaker()).contains("Vladimir Putin");
        assertThat(claim.near()).isEmpty();
        assertThat(claim.pattern()).map(Pattern::pattern).contains("constructive\\s+talks");
        assertThat(claim.pattern().orElseThrow().matcher("CONSTRUCTIVE   Talks").find())
                .isTrue();
        assertThat(claim.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void usesDocumentedDefaultsForAbsentKeys() {
        String text = MINIMAL;

        Claim claim = RuleParser.parse("rules/a.yaml", text).claims().get(0);

        assertThat(claim.within()).isEqualTo(Within.SENTENCE);
        assertThat(claim.tolerance()).isEqualTo(Tolerance.NONE);
        assertThat(claim.severity()).isEqualTo(Severity.ERROR);
        assertThat(claim.description()).isEmpty();
        assertThat(claim.expected()).isEmpty();
        assertThat(claim.pattern()).isEmpty();
        assertThat(claim.with()).isEmpty();
    }

    @Test
    void readsSingleStringAsOneTerm() {
        String text = MINIMAL;

        Claim claim = RuleParser.parse("rules/a.yaml", text).claims().get(0);

        assertThat(claim.near()).containsExactly(new Term("killed", List.of("killed"), false));
    }

    @Test
    void appliesDefaultsToClaimsThatDoNotSetTheKey() {
        String text = Fixtures.text("defaults.yaml");

        Claim claim = RuleParser.parse("rules/defaults.yaml", text).claims().get(0);

        assertThat(claim.id()).isEqualTo("toll.default");
        assertThat(claim.kind()).isEqualTo(new CountKind());
        assertThat(claim.near()).containsExactly(Term.parse("killed"));
        assertThat(claim.severity()).isEqualTo(Severity.WARNING);
        assertThat(claim.within()).isEqualTo(Within.words(8));
    }

    @Test
    void letsClaimOverrideDefaults() {
        String text = Fixtures.text("defaults.yaml");

        Claim claim = RuleParser.parse("rules/defaults.yaml", text).claims().get(1);

        assertThat(claim.kind()).isEqualTo(new QuantityKind("duration", Dimension.DURATION));
        assertThat(claim.near()).containsExactly(Term.parse("meeting"));
        assertThat(claim.severity()).isEqualTo(Severity.ERROR);
        assertThat(claim.within()).isEqualTo(Within.SENTENCE);
    }

    @Test
    void placesClaimAtItsFirstKey() {
        String text = """
                sources: [a.txt]
                claims:
                  - kind: count
                    id: x
                    near: [killed]
                  - {id: y, kind: count, near: [dead]}
                """;

        List<Claim> claims = RuleParser.parse("rules/a.yaml", text).claims();

        assertThat(claims).extracting(Claim::position).containsExactly(Position.of(3, 5), Position.of(6, 6));
    }

    @Test
    void readsTheFormsOfANameFromExpectedAndVariants() {
        String text = """
                sources: [a.txt]
                claims:
                  - id: host-city
                    kind: name
                    expected: Vladivostok
                    variants: [Vladivostok city]
                """;

        Claim claim = RuleParser.parse("rules/a.yaml", text).claims().get(0);

        assertThat(claim.kind()).isEqualTo(new NameKind());
        assertThat(claim.variants()).containsExactly("Vladivostok", "Vladivostok city");
        assertThat(claim.expected()).isEmpty();
    }

    @Test
    void readsMoneyExpectedAndToleranceInTheirCurrency() {
        String text = """
                sources: [a.txt]
                claims:
                  - id: budget
                    kind: money
                    near: [budget]
                    expected: $5 billion
                    tolerance: 1 million dollars
                    unit: USD
                """;

        Claim claim = RuleParser.parse("rules/a.yaml", text).claims().get(0);

        assertThat(claim.kind()).isEqualTo(new QuantityKind("money", Dimension.MONEY));
        assertThat(claim.expected().orElseThrow().quantity().interval()).isEqualTo(Interval.exactly(5e9));
        assertThat(claim.expected().orElseThrow().quantity().unit()).contains("USD");
        assertThat(claim.tolerance()).isEqualTo(Tolerance.absolute(1e6));
        assertThat(claim.unit()).contains("USD");
    }

    @Test
    void acceptsPatternThatWouldBacktrackElsewhere() {
        String text = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    pattern: '(a+)+$'
                """;

        Claim claim = RuleParser.parse("rules/a.yaml", text).claims().get(0);

        assertThat(claim.pattern()
                        .orElseThrow()
                        .matcher("a".repeat(5_000) + "!")
                        .find())
                .isFalse();
    }

    @Test
    void acceptsQuoteWithSpeakerAlone() {
        String text = """
                sources: [a.txt]
                claims:
                  - id: putin.says
                    kind: quote
                    speaker: Putin
                """;

        List<Claim> claims = RuleParser.parse("rules/a.yaml", text).claims();

        assertThat(claims).extracting(Claim::speaker).containsExactly(Optional.of("Putin"));
    }
}
