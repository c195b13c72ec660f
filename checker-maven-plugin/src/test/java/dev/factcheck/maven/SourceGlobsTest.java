package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting {@code -Dfactcheck.sources} into globs. */
class SourceGlobsTest {
    @Test
    void splitsAtCommasAndTrimsEachGlob() {
        List<String> globs = SourceGlobs.parse("texts/*.txt, news/**/*.txt");

        assertThat(globs).containsExactly("texts/*.txt", "news/**/*.txt");
    }

    @Test
    void keepsTheCommasOfAGlobsOwnAlternatives() {
        List<String> globs = SourceGlobs.parse("news/{a,b}.txt,wire/*.{txt,md}");

        assertThat(globs).containsExactly("news/{a,b}.txt", "wire/*.{txt,md}");
    }

    @Test
    void dropsEmptyGlobs() {
        List<String> globs = SourceGlobs.parse(" , texts/*.txt,,");

        assertThat(globs).containsExactly("texts/*.txt");
        assertThat(SourceGlobs.parse("")).isEmpty();
    }

    @Test
    void keepsAnUnclosedBraceWholeForTheCoreToReport() {
        List<String> globs = SourceGlobs.parse("news/{a,b.txt");

        assertThat(globs).containsExactly("news/{a,b.txt");
    }
}
