package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated result as large as asked, for the renderers' behaviour on a big corpus: the two figures of an invented
 * sentence, read as the checker reads them, copied to many sources and lines. Every other claim, the first among them,
 * diverges: its last mention and one in {@value #OUTLIER_EVERY} say 31 where the others say 23; the last is the one
 * most contradicted. Built directly, without reading text that large.
 */
public final class ManyMentions {
    static final int OUTLIER_EVERY = 997;

    private static final SourceText TEMPLATE = SourceText.of("news/template.txt", """
            The ferry carried 23 passengers when it sank.
            The ferry carried 31 passengers when it sank.
            """);

    private ManyMentions() {}

    /** {@code claims} claims, each with {@code mentions} mentions spread in turn over {@code sources} sources. */
    public static CheckResult result(int claims, int sources, int mentions) {
        List<Mention> figures = figures();
        List<ClaimResult> results = new ArrayList<>(claims);
        for (Claim claim : claims(claims)) {
            boolean diverges = results.size() % 2 == 0;
            results.add(Judge.judge(claim, mentions(figures, diverges, sources, mentions)));
        }
        return new CheckResult(results);
    }

    private static List<Mention> mentions(List<Mention> figures, boolean diverges, int sources, int count) {
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean outlier = i % OUTLIER_EVERY == OUTLIER_EVERY - 1 || i == count - 1;
            Mention figure = figures.get(diverges && outlier ? 1 : 0);
            Position at = new Position(i / sources + 1, figure.position().column(), i);
            String source = String.format(java.util.Locale.ROOT, "news/outlet-%03d.txt", i % sources);
            mentions.add(new Mention(source, at, figure.text(), figure.reading(), figure.line()));
        }
        return mentions;
    }

    /** The two figures of the template, 23 and 31 passengers. */
    private static List<Mention> figures() {
        return ReportStory.check(rules(1), List.of(TEMPLATE)).claims().get(0).mentions();
    }

    private static List<Claim> claims(int count) {
        return RuleParser.parse("rules/ferry.yaml", rules(count)).claims();
    }

    private static String rules(int count) {
        StringBuilder yaml = new StringBuilder("sources: [../news/*.txt]\nclaims:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - {id: ferry.passengers-").append(i).append(", kind: count, near: [carried, passengers]}\n");
        }
        return yaml.toString();
    }
}
