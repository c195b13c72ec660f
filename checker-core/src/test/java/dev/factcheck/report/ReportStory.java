package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small story for the renderers: a rule file and two reports of a storm that agree on the toll and diverge on how
 * long the mayors' talks lasted. Checked as {@code FactCheck.check} does, without the {@code api} package.
 */
final class ReportStory {
    static final String RULES = """
            story: A storm hits the harbour towns
            sources: [../news/*.txt]
            claims:
              - id: storm.toll
                description: People killed by the storm
                kind: count
                near: [killed, died]
              - id: mayors.talks
                kind: duration
                near: [talks, met]
            """;

    static final SourceText FIRST = SourceText.of("news/a.txt", """
            Harbour towns count the cost

            The storm killed at least 23 people on Monday.
            The mayors met for 45 minutes to plan repairs.
            """);

    static final SourceText SECOND = SourceText.of("news/b.txt", """
            Mayors plan repairs after storm

            Officials said 23 people died in the storm.
            Their talks lasted just 20 minutes.
            """);

    private ReportStory() {}

    /** The story's check result. */
    static CheckResult result() {
        return check(RULES, List.of(FIRST, SECOND));
    }

    /** Checks the claims of {@code rulesYaml}, shown as {@code rules/harbour.yaml}, against {@code sources}. */
    static CheckResult check(String rulesYaml, List<SourceText> sources) {
        List<Claim> claims = RuleParser.parse("rules/harbour.yaml", rulesYaml).claims();
        Extractor extractor = Extractor.of(claims);
        Map<String, List<Mention>> all = new LinkedHashMap<>();
        claims.forEach(c -> all.put(c.id(), new ArrayList<>()));
        for (SourceText source : sources) {
            extractor.extract(source).forEach((id, found) -> all.get(id).addAll(found));
        }
        return new CheckResult(
                claims.stream().map(c -> Judge.judge(c, all.get(c.id()))).toList());
    }
}
