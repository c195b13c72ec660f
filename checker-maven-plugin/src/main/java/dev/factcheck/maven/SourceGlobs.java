package dev.factcheck.maven;

import java.util.ArrayList;
import java.util.List;

/** The globs of a comma-separated parameter such as {@code texts/*.txt, news/{a,b}.txt}. */
final class SourceGlobs {
    private SourceGlobs() {}

    /**
     * Splits at the commas outside braces, so that a glob's own {@code {a,b}} stays whole; trims each glob and drops
     * empty ones.
     */
    static List<String> parse(String globs) {
        List<String> parsed = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= globs.length(); i++) {
            char c = i < globs.length() ? globs.charAt(i) : ',';
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && (depth == 0 || i == globs.length())) {
                String glob = globs.substring(start, i).trim();
                if (!glob.isEmpty()) {
                    parsed.add(glob);
                }
                start = i + 1;
            }
        }
        return parsed;
    }
}
