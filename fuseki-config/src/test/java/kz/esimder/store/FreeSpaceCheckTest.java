package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load that cannot fit on the disk is refused before it starts, with one clean line: on a full
 * disk Jena's bulk loader would otherwise wait for its dead worker threads for ever
 * (site/src/test/scripts/fault-disk-full.sh found it; the script checks the real thing on a tmpfs).
 */
class FreeSpaceCheckTest {
    @TempDir
    Path dir;

    @Test
    void aLoadNeedingMoreThanTheFreeSpaceIsRefusedWithOneLine() throws Exception {
        Path nq = Files.write(dir.resolve("a.nq"), new byte[1 << 20]);
        Path gz = Files.write(dir.resolve("b.nq.gz"), new byte[1 << 10]);
        long need = (1L << 20) * StoreLoader.SPACE_FACTOR + (1L << 10) * StoreLoader.GZIP_RATIO * StoreLoader.SPACE_FACTOR;
        assertThatThrownBy(() -> StoreLoader.checkFreeSpace(need - 1, List.of(nq, gz)))
                .isInstanceOf(LoadException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("free disk space").contains("live data is unchanged")
                        .doesNotContain("\n"));
        assertThatCode(() -> StoreLoader.checkFreeSpace(need, List.of(nq, gz))).doesNotThrowAnyException();
    }
}
