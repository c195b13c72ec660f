package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.report.FoundQuantity;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading every quantity in the sources that globs choose: what is read, once, and what is reported as bad input. */
class ExtractionTest {
    @TempDir
    Path folder;

    @Test
    void readsEachSourceOnceInGlobOrderThenPathOrder() throws IOException {
        write("news/b.txt", "The talks lasted 55 minutes.\n");
        write("news/a.txt", "At least 23 people died.\n");
        write("wire.txt", "About 20 boats sank.\n");

        Extraction extraction = Extraction.read(List.of("wire.txt", "news/*.txt", "news/b.txt"), folder);

        assertThat(extraction.sources()).containsExactly("wire.txt", "news/a.txt", "news/b.txt");
        assertThat(extraction.quantities())
                .extracting(FoundQuantity::location, FoundQuantity::text)
                .containsExactly(
                        tuple("wire.txt:1:1", "About 20"),
                        tuple("news/a.txt:1:1", "At least 23"),
                        tuple("news/b.txt:1:18", "55 minutes"));
    }

    @Test
    void reportsEveryGlobThatMatchesNothingAndEveryBadSourceAtOnce() throws IOException {
        write("news/a.txt", "At least 23 people died.\n");
        Files.write(folder.resolve("news/b.txt"), new byte[] {'a', 'b', '\n', 'c', 0});
        Files.write(folder.resolve("news/c.txt"), new byte[] {'2', '3', ' ', (byte) 0xE9, '\n'});

        InputException e = catchThrowableOfType(
                InputException.class, () -> Extraction.read(List.of("news/*.txt", "wire/*.txt"), folder));

        String root = folder.toAbsolutePath().normalize().toString();
        assertThat(e.problems())
                .extracting(Problem::render)
                .containsExactly(
                        "wire/*.txt: error: sources glob matches no file (relative to " + root + ")",
                        "news/b.txt:2:2: error: binary file (NUL byte): a source must be text",
                        "news/c.txt:1:4: error: not UTF-8 text (byte 0xE9): save the source as UTF-8");
    }

    @Test
    void namesAGlobItCannotParse() {
        InputException e =
                catchThrowableOfType(InputException.class, () -> Extraction.read(List.of("news/{a,b.txt"), folder));

        assertThat(e.problems())
                .extracting(Problem::render)
                .singleElement()
                .asString()
                .startsWith("news/{a,b.txt: error: not a valid sources glob: ");
    }

    @Test
    void readsSourcesInMemoryAndWritesTheirMentions() throws IOException {
        Extraction extraction = Extraction.of(List.of(SourceText.of("a.txt", "It cost $5.\n")));

        Path written = extraction.writeMentions(folder.resolve("out/factcheck"));

        assertThat(written).isEqualTo(folder.resolve("out/factcheck/mentions.json"));
        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .contains("\"schema\" : \"factcheck-mentions/1\"")
                .contains("\"text\" : \"$5\"")
                .contains("\"unit\" : \"USD\"");
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
