package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathListTest {
    @Test
    void givesBackEqualPathsInOrder() {
        List<Path> paths = List.of(
                Path.of("/corpus/news/b/2.txt"),
                Path.of("/corpus/news/a/1.txt"),
                Path.of("/corpus/news/ab.txt"),
                Path.of("/corpus/news/a"));

        PathList list = PathList.copyOf(paths);

        assertThat(list).containsExactlyElementsOf(paths);
        assertThat(list).isEqualTo(paths).hasSameHashCodeAs(paths);
    }

    @Test
    void keepsPathsThatShareNoFolderAndRelativeOnes() {
        List<Path> paths = List.of(Path.of("seeds/a.txt"), Path.of("../shared/b.txt"), Path.of("c.txt"));

        assertThat(PathList.copyOf(paths)).containsExactlyElementsOf(paths);
    }

    @Test
    void keepsAPathThatIsTheFolderOfAnother() {
        List<Path> paths = List.of(Path.of("/corpus/news"), Path.of("/corpus/news/a.txt"));

        assertThat(PathList.copyOf(paths)).containsExactlyElementsOf(paths);
    }

    @Test
    void isTheSameListWhenCopiedAndRefusesChanges() {
        PathList list = PathList.copyOf(List.of(Path.of("/a/b.txt")));

        assertThat(PathList.copyOf(list)).isSameAs(list);
        assertThat(PathList.copyOf(List.of())).isEmpty();
        assertThatThrownBy(() -> list.add(Path.of("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
