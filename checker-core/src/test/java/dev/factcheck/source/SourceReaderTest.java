package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading sources as strict UTF-8 text: what is refused, with which message and where, and what is kept. */
class SourceReaderTest {
    private static final String SHOWN = "news/wire.txt";

    @Test
    void refusesABinaryFileAtItsFirstNulByte() {
        byte[] bytes = bytes("Storm update\nThe st", new byte[] {0, 1, 2}, "orm");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:2:7: error: binary file (NUL byte): a source must be text");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(SHOWN);
            assertThat(p.position()).map(Position::toString).contains("2:7");
        });
    }

    @Test
    void refusesANulByteEvenAfterInvalidUtf8() {
        byte[] bytes = bytes("Caf", new byte[] {(byte) 0xE9, ' ', 0}, "");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:1:6: error: binary file (NUL byte): a source must be text");
    }

    @Test
    void refusesLatin1TextAtTheLineAndColumnOfTheBadByte() {
        byte[] bytes = bytes("Storm update\nThe caf", new byte[] {(byte) 0xE9}, " closed.\n");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:2:8: error: not UTF-8 text (byte 0xE9): save the source as UTF-8");
    }

    @Test
    void countsColumnsInCharactersBeforeABadByte() {
        byte[] bytes = bytes("Über 😢 ", new byte[] {(byte) 0xFF}, "");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:1:8: error: not UTF-8 text (byte 0xFF): save the source as UTF-8");
    }

    @Test
    void refusesAMultiByteSequenceCutShortAtTheEnd() {
        byte[] bytes = bytes("Cost: 5", new byte[] {(byte) 0xE2, (byte) 0x82}, "");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:1:8: error: not UTF-8 text (byte 0xE2): save the source as UTF-8");
    }

    @Test
    void stripsAByteOrderMark() {
        byte[] bytes = bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Storm update\nThe storm hit.");

        SourceText text = SourceReader.decode(bytes, SHOWN);

        assertThat(text.text()).isEqualTo("Storm update\nThe storm hit.");
        assertThat(text.position(0)).hasToString("1:1");
        assertThat(text.path()).isEqualTo(SHOWN);
    }

    @Test
    void placesANulByteAfterAByteOrderMarkFromTheTextStart() {
        byte[] bytes = bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', 0}, "");

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e).hasMessage("news/wire.txt:1:3: error: binary file (NUL byte): a source must be text");
    }

    @Test
    void keepsAccentsAndCharactersOutsideTheBasicPlane() {
        String written = "Zoë’s café 😢 reopened.";

        SourceText text = SourceReader.decode(written.getBytes(StandardCharsets.UTF_8), SHOWN);

        assertThat(text.text()).isEqualTo(written);
        assertThat(text.position(written.indexOf("reopened"))).hasToString("1:14");
    }

    @Test
    void readsAnEmptyFileAsEmptyText() {
        SourceText text = SourceReader.decode(new byte[0], SHOWN);

        assertThat(text.text()).isEmpty();
    }

    @Test
    void countsColumnsRightInWindowsLineEndings() {
        byte[] bytes = "Storm update\r\nThe storm killed 14 people.\r\n".getBytes(StandardCharsets.UTF_8);

        SourceText text = SourceReader.decode(bytes, SHOWN);

        int figure = text.text().indexOf("14");
        assertThat(text.position(figure)).isEqualTo(new Position(2, 18, figure));
        assertThat(text.lineAt(figure)).isEqualTo("The storm killed 14 people.");
        assertThat(text.lineAt(0)).isEqualTo("Storm update");
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void endsALineAtLineFeedAtCarriageReturnLineFeedAndAtALoneCarriageReturn(String lineEnd) {
        String written = String.join(lineEnd, "Storm update", "", "The storm killed 14 people.", "");
        SourceText text = SourceReader.decode(written.getBytes(StandardCharsets.UTF_8), SHOWN);

        int figure = written.indexOf("14");

        assertThat(text.position(figure)).isEqualTo(new Position(3, 18, figure));
        assertThat(text.lineAt(figure)).isEqualTo("The storm killed 14 people.");
        assertThat(text.lineAt(0)).isEqualTo("Storm update");
        assertThat(text.text()).hasSameSizeAs(written);
    }

    @Test
    void readsAFileFromDisk(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("wire.txt");
        Files.write(file, "Zoë reported.\n".getBytes(StandardCharsets.UTF_8));

        SourceText text = SourceReader.read(file, SHOWN);

        assertThat(text.text()).isEqualTo("Zoë reported.\n");
        assertThat(text.path()).isEqualTo(SHOWN);
    }

    @Test
    void reportsAMissingFileWithoutAPosition(@TempDir Path folder) {
        Path missing = folder.resolve("gone.txt");

        InputException e =
                catchThrowableOfType(InputException.class, () -> SourceReader.read(missing, "news/gone.txt"));

        assertThat(e).hasMessage("news/gone.txt: error: cannot read source: no such file");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.position()).isEmpty());
    }

    @Test
    void refusesABinaryFileOnDisk(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("photo.jpg");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10});

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.read(file, "news/photo.jpg"));

        assertThat(e)
                .hasMessageStartingWith("news/photo.jpg:1:")
                .hasMessageEndingWith(": error: binary file (NUL byte): a source must be text");
    }

    @Test
    void refusesASourceOverTheSizeLimitUnreadNamingTheFileAndTheLimit(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("huge.txt"), "x".repeat(2_000));

        InputException e = catchThrowableOfType(
                InputException.class, () -> SourceReader.read(file, "news/huge.txt", ReadLimit.source(1_000)));

        assertThat(e)
                .hasMessage("news/huge.txt: error: source is too large: 2,000 bytes (the limit is 1,000 bytes; raise it"
                        + " with -Dfactcheck.maxSourceBytes=<bytes> or FactCheck.builder().maxSourceBytes(...))");
    }

    @Test
    void readsASourceOfExactlyTheLimit(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("full.txt"), "x".repeat(1_000));

        SourceText text = SourceReader.read(file, SHOWN, ReadLimit.source(1_000));

        assertThat(text.text()).hasSize(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WhenAByteOrderMarkSaysSo(String charset) {
        byte[] bytes = "\uFEFFStorm update\nThe storm killed 14 people.\n".getBytes(Charset.forName(charset));

        SourceText text = SourceReader.decode(bytes, SHOWN);

        assertThat(text.text()).isEqualTo("Storm update\nThe storm killed 14 people.\n");
        assertThat(text.position(text.text().indexOf("14"))).hasToString("2:18");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void saysThatUtf16WithoutAByteOrderMarkIsNotReadAsBinary(String charset) {
        byte[] bytes = "The storm killed 14 people.\n".getBytes(Charset.forName(charset));

        InputException e = catchThrowableOfType(InputException.class, () -> SourceReader.decode(bytes, SHOWN));

        assertThat(e)
                .hasMessage("news/wire.txt: error: looks like UTF-16 text without a byte order mark: factcheck reads"
                        + " UTF-8 (or UTF-16 that starts with a byte order mark); save the source as UTF-8");
    }

    @Test
    void readsUtf8AfterItsByteOrderMark() {
        byte[] bytes = bytes("\uFEFFZoë: 14 dead.", new byte[0], "");

        SourceText text = SourceReader.decode(bytes, SHOWN);

        assertThat(text.text()).isEqualTo("Zoë: 14 dead.");
    }

    private static byte[] bytes(String before, byte[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
