package dev.factcheck.rules;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule files of one run, whose claim ids are unique across all of them.
 *
 * <p>Constructing one throws {@link InputException} listing every claim whose id an earlier claim already took.
 *
 * @param files the rule files, in the order given
 */
public record RuleSet(List<RuleFile> files) {
    public RuleSet {
        files = List.copyOf(files);
        List<Problem> problems = duplicateIds(claimsOf(files));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** The rule set of {@code files}, checking that claim ids are unique across them. */
    public static RuleSet of(List<RuleFile> files) {
        return new RuleSet(files);
    }

    /** Every claim of every file, in file order. */
    public List<Claim> claims() {
        return claimsOf(files);
    }

    /** A problem at each claim whose id an earlier claim already took, naming where the first one stands. */
    static List<Problem> duplicateIds(List<Claim> claims) {
        Map<String, Claim> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Claim claim : claims) {
            Claim earlier = first.putIfAbsent(claim.id(), claim);
            if (earlier != null) {
                problems.add(Problem.at(
                        claim.rulesFile(),
                        claim.position(),
                        "duplicate claim id '" + claim.id() + "' (first declared at " + earlier.rulesFile() + ":"
                                + earlier.position() + ")"));
            }
        }
        return problems;
    }

    private static List<Claim> claimsOf(List<RuleFile> files) {
        return files.stream().flatMap(file -> file.claims().stream()).toList();
    }
}
