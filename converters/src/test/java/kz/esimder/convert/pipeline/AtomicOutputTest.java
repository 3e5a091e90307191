package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void nothingAppearsUntilCommitAndNothingIsLeftWithoutIt() throws Exception {
        Path target = dir.resolve("out.nq");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("partial".getBytes(StandardCharsets.UTF_8));
            assertThat(target).doesNotExist();
        }
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void commitReplacesTheTargetWhole() throws Exception {
        Path target = dir.resolve("out.nq");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(target).hasContent("old");
            out.commit();
        }
        assertThat(target).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingDirectoryIsAnIoErrorNamingIt() {
        assertThatThrownBy(() -> AtomicOutput.open(dir.resolve("nope/out.nq")))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("nope");
    }
}
