package dev.factcheck.api;

import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleFile;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.rules.RuleSet;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the claims declared in code with the rule-file parser, one small YAML document per claim, so that a claim in
 * code is checked, defaulted and reported exactly as one in a rule file. They are shown as declared in
 * {@value #SHOWN_AS}, the nth claim at line n, since there is no file to point at.
 */
final class CodeClaims {
    /** The rule-file path that claims declared in code are shown with. */
    static final String SHOWN_AS = "FactCheck.builder()";

    private CodeClaims() {}

    /**
     * The claims as one rule file without sources of its own.
     *
     * @throws InputException listing every problem of every claim, each at its claim's number
     */
    static RuleFile parse(List<ClaimSpec> specs) {
        List<Problem> problems = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Position position = Position.of(i + 1, 1);
            try {
                RuleParser.parse(SHOWN_AS, document(specs.get(i)))
                        .claims()
                        .forEach(claim -> claims.add(placed(claim, position)));
            } catch (InputException e) {
                e.problems().forEach(p -> problems.add(Problem.at(SHOWN_AS, position, p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        RuleFile file = new RuleFile(SHOWN_AS, Optional.empty(), List.of(), claims);
        RuleSet.of(List.of(file));
        return file;
    }

    /** Whether a rule file holds claims declared in code, which have no sources of their own. */
    static boolean isCode(RuleFile file) {
        return file.path().equals(SHOWN_AS) && file.sources().isEmpty();
    }

    /** The globs are never read: claims in code are checked against the sources given to the check. */
    private static String document(ClaimSpec spec) {
        return "sources: [\"-\"]\nclaims:\n" + spec.toYaml();
    }

    private static Claim placed(Claim claim, Position position) {
        return new Claim(
                claim.id(),
                claim.description(),
                claim.kind(),
                claim.near(),
                claim.with(),
                claim.without(),
                claim.pattern(),
                claim.within(),
                claim.tolerance(),
                claim.expected(),
                claim.severity(),
                claim.speaker(),
                claim.unit(),
                claim.variants(),
                SHOWN_AS,
                position);
    }
}
