package dev.factcheck.report;

import dev.factcheck.extract.Mention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources a claim's section of {@code report.html} sets side by side, each with the mentions it shows, in the
 * order the sources first mention the claim. A page with every mention of a large corpus would be unreadable and
 * hundreds of megabytes, so it shows at most {@value #MAX_SOURCES} sources and {@value #MAX_MENTIONS} mentions,
 * shared evenly between the columns, those that conflict first; report.json has every mention. Internal.
 *
 * @param shown each source shown, with its mentions shown
 * @param mentions how many mentions the claim has in all
 * @param sources how many sources mention it in all
 */
record HtmlColumns(Map<String, List<Mention>> shown, int mentions, int sources) {
    static final int MAX_MENTIONS = 200;
    static final int MAX_SOURCES = 50;

    HtmlColumns {
        shown = Collections.unmodifiableMap(new LinkedHashMap<>(shown));
    }

    static HtmlColumns of(List<Mention> mentions, Set<Mention> conflicting) {
        // counted first, then only the columns shown are gathered: a claim's mentions are not all held at once
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            int[] count = counts.computeIfAbsent(m.source(), s -> new int[2]);
            count[0]++;
            count[1] += conflicting.contains(m) ? 1 : 0;
        }
        List<String> sources = Shown.kept(List.copyOf(counts.keySet()), s -> counts.get(s)[1] > 0, MAX_SOURCES);
        int[] quotas = quotas(sources.stream().mapToInt(s -> counts.get(s)[0]).toArray(), MAX_MENTIONS);
        Map<String, List<Mention>> bySource = new LinkedHashMap<>();
        sources.forEach(s -> bySource.put(s, new ArrayList<>()));
        for (Mention m : mentions) {
            List<Mention> column = bySource.get(m.source());
            if (column != null) {
                column.add(m);
            }
        }
        Map<String, List<Mention>> shown = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            shown.put(sources.get(i), Shown.kept(bySource.get(sources.get(i)), conflicting::contains, quotas[i]));
        }
        return new HtmlColumns(shown, mentions.size(), counts.size());
    }

    /** The mentions not shown. */
    int hiddenMentions() {
        return mentions - shown.values().stream().mapToInt(List::size).sum();
    }

    /** The sources not shown. */
    int hiddenSources() {
        return sources - shown.size();
    }

    /**
     * How many mentions each column shows: one more to each in turn, while any has more to show and the cap is not
     * reached, so that a source with thousands of mentions does not crowd out the others.
     */
    static int[] quotas(int[] sizes, int max) {
        int[] quotas = new int[sizes.length];
        int left = max;
        boolean grew = true;
        while (left > 0 && grew) {
            grew = false;
            for (int i = 0; i < sizes.length && left > 0; i++) {
                if (quotas[i] < sizes[i]) {
                    quotas[i]++;
                    left--;
                    grew = true;
                }
            }
        }
        return quotas;
    }
}
