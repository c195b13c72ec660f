package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files a sources glob chooses, relative to the rule file's folder, and in which order. */
class GlobsTest {
    @TempDir
    Path root;

    private Path rules;

    @BeforeEach
    void writeAStoryFolder() throws IOException {
        rules = Files.createDirectories(root.resolve("rules"));
        for (String file : new String[] {
            "news/z.txt",
            "news/a.txt",
            "news/m.txt",
            "news/n.md",
            "news/24/b.txt",
            "news/24/x/g.txt",
            "news/24/x/p.jpg",
            "odd[1]/delta.txt",
            "rules/story.yaml"
        }) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../news/*.txt            | news/a.txt; news/m.txt; news/z.txt
            ../news/{*.txt,**/*.txt} | news/24/b.txt; news/24/x/g.txt; news/a.txt; news/m.txt; news/z.txt
            ../news/24/**            | news/24/b.txt; news/24/x/g.txt; news/24/x/p.jpg
            ../news/{*.txt,*.md}     | news/a.txt; news/m.txt; news/n.md; news/z.txt
            ../news/[m-n].*          | news/m.txt; news/n.md
            ../news/*/*.txt          | news/24/b.txt
            ../news/m.txt            | news/m.txt
            ../news/24/x/g.txt       | news/24/x/g.txt
            ../news/./../news/m.txt  | news/m.txt
            *.yaml                   | rules/story.yaml
            ../odd[[]1]/*.txt        | odd[1]/delta.txt
            """)
    void findsTheMatchingFilesSorted(String glob, String expected) {
        List<Path> found = Globs.find(rules, glob);

        assertThat(found).isEqualTo(paths(expected));
    }

    /** As in {@link java.nio.file.FileSystem#getPathMatcher}: {@code **}{@code /} needs at least one folder. */
    @Test
    void matchesFilesInSubfoldersOnlyWithDoubleStarSlash() {
        List<Path> found = Globs.find(rules, "../news/**/*.txt");

        assertThat(found).isEqualTo(paths("news/24/b.txt; news/24/x/g.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../news/*.csv
            ../news/missing.txt
            ../nowhere/*.txt
            ../nowhere/**/*.txt
            ../news/24
            *.txt
            """)
    void findsNothingWhenNoFileMatches(String glob) {
        List<Path> found = Globs.find(rules, glob);

        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            *.txt    | delta.txt
            */*.txt  |
            """)
    void treatsGlobCharactersInTheFolderNameAsLiteral(String glob, String expected) {
        Path odd = root.resolve("odd[1]");

        List<Path> found = Globs.find(odd, glob);

        assertThat(found)
                .isEqualTo(
                        expected == null
                                ? List.of()
                                : List.of(odd.resolve(expected).toAbsolutePath().normalize()));
    }

    /** A link to a file is a source, as the file it names; a link to a folder is not walked into. */
    @Test
    void findsLinksToFilesButDoesNotFollowLinksToFolders() throws IOException {
        Files.createSymbolicLink(root.resolve("news/linked.txt"), root.resolve("news/a.txt"));
        Files.createSymbolicLink(root.resolve("news/linked-folder"), root.resolve("news/24"));
        Files.createSymbolicLink(root.resolve("news/dangling.txt"), root.resolve("news/gone.txt"));

        List<Path> found = Globs.find(rules, "../news/**");

        assertThat(found)
                .containsExactlyElementsOf(paths("news/24/b.txt; news/24/x/g.txt; news/24/x/p.jpg; news/a.txt;"
                        + " news/linked.txt; news/m.txt; news/n.md; news/z.txt"));
    }

    private List<Path> paths(String cell) {
        return Arrays.stream(cell.split(";", -1))
                .map(p -> root.resolve(p.strip()).toAbsolutePath().normalize())
                .toList();
    }
}
