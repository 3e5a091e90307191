package kz.esimder.convert.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.esimder.convert.pipeline.TestConversions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated fixture records through every reader (memory-book text, CSV in UTF-8 and cp1251, XLSX,
 * JSON Lines) and the whole pipeline behind it (interpreter, every normaliser, mapper, SHACL): no
 * exception other than a clean one-line {@link IOException} for an unreadable file escapes, nothing
 * hangs, and the report accounts for every record read (read = converted + rejected).
 *
 * <p>The build runs a small fixed number of inputs; {@code -Desimder.fuzz.iterations=N} runs more.
 * A failing input is written to {@code target/fuzz-failures/} and the message names its seed.
 */
class ReaderFuzzTest {
    /** A hang detector, not a performance target: a fixture-sized input converts in well under a second. */
    static final Duration HANG = Duration.ofSeconds(60);

    record Base(String resource, int maxLines, Charset charset) {}

    static final List<Base> TEXT_INPUTS = List.of(
            new Base("/fixtures/card-files/cardfile-kk-utf8.csv", 6, StandardCharsets.UTF_8),
            new Base("/fixtures/card-files/cardfile-ru-cp1251.csv", 6, Charset.forName("windows-1251")),
            new Base("/fixtures/card-files/partner-export.jsonl", 5, StandardCharsets.UTF_8),
            new Base("/fixtures/memorial-lists/kz-records-excerpt.txt", 40, StandardCharsets.UTF_8),
            new Base("/fixtures/stalin-lists/gb_spravka_p4949_list55_page159.txt", 17, StandardCharsets.UTF_8),
            new Base("/fixtures/stalin-lists/stalin_lists_kz_persons-excerpt.csv", 6, StandardCharsets.UTF_8),
            new Base("/fixtures/stalin-lists/spravki_sample.csv", 6, StandardCharsets.UTF_8),
            new Base("/fixtures/mos-memo/all_kz_related.csv", 5, StandardCharsets.UTF_8));
    static final String XLSX = "/fixtures/card-files/cardfile-ru.xlsx";

    @TempDir
    Path dir;

    @Test
    void mutatedRecordsNeverCrashHangOrGoUncounted() throws Exception {
        FuzzBudget budget = FuzzBudget.fromSystemProperties(TEXT_INPUTS.size() * 6 + 6);
        int inputs = TEXT_INPUTS.size() + 1;
        long[] totals = new long[4]; // read, converted, rejected, files unreadable as a whole
        long started = System.nanoTime();
        for (int i = 0; i < budget.iterations(); i++) {
            long seed = budget.seed() + i;
            int which = i % inputs;
            Path file = which < TEXT_INPUTS.size() ? mutatedText(TEXT_INPUTS.get(which), seed) : mutatedXlsx(seed);
            convertChecked(file, seed, totals);
        }
        // the figures docs/security.md quotes for the longer run
        System.out.printf("FUZZ readers: %d inputs (seeds %d-%d) in %.0f s: records read %d = converted %d + rejected %d;"
                        + " %d files unreadable as a whole (a clean one-line error); crashes 0, hangs 0%n",
                budget.iterations(), budget.seed(), budget.seed() + budget.iterations() - 1, (System.nanoTime() - started) / 1e9,
                totals[0], totals[1], totals[2], totals[3]);
        assertThat(totals[1]).as("some mutated records still convert (the mutations are not all fatal)").isPositive();
    }

    /** Converts one input; fails with its seed on a crash, a hang or counts that do not add up. */
    private void convertChecked(Path file, long seed, long[] totals) throws IOException {
        try {
            TestConversions.Result result = assertTimeoutPreemptively(HANG, () -> {
                try {
                    return TestConversions.convert(file, "Fuzzed " + seed);
                } catch (IOException unreadable) {
                    // A whole file that cannot be read is a clean error, if it says why on one line.
                    assertThat(unreadable.getMessage()).as("seed %d: %s", seed, unreadable).isNotBlank().doesNotContain("\n");
                    return null;
                }
            }, () -> "seed " + seed + " hung on " + keep(file, seed));
            if (result == null) {
                totals[3]++;
                return;
            }
            var report = result.report();
            assertThat(report.read()).as("seed %d: read = converted + rejected", seed)
                    .isEqualTo(report.converted() + report.rejected());
            totals[0] += report.read();
            totals[1] += report.converted();
            totals[2] += report.rejected();
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("seed " + seed + " failed on " + keep(file, seed) + ": " + e, e);
        }
    }

    private Path mutatedText(Base base, long seed) throws IOException {
        String text;
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(base.resource())) {
            text = new String(in.readAllBytes(), base.charset());
        }
        String head = String.join("\n", text.lines().limit(base.maxLines()).toList()) + "\n";
        Mutator m = new Mutator(seed);
        byte[] bytes = head.getBytes(base.charset());
        // Mostly text mutations (the file stays in its encoding, so the records are reached);
        // one in four mutates raw bytes (broken encodings, cut multi-byte sequences).
        byte[] mutated = seed % 4 == 0 ? m.mutate(bytes) : m.mutate(head).getBytes(base.charset());
        Path file = dir.resolve(seed + "-" + Path.of(base.resource()).getFileName());
        Files.write(file, mutated);
        return file;
    }

    private Path mutatedXlsx(long seed) throws IOException {
        Mutator m = new Mutator(seed);
        java.util.Random pick = new java.util.Random(seed);
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(XLSX); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && pick.nextInt(4) == 0) {
                        cell.setCellValue(m.mutate(cell.getStringCellValue()));
                    } else if (pick.nextInt(40) == 0) {
                        cell.setCellValue(pick.nextDouble() * 1e6 - 5e5);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            Path file = dir.resolve(seed + "-cardfile-ru.xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    /** Keeps a failing input where a person can look at it. */
    private static Path keep(Path file, long seed) {
        try {
            Path kept = Path.of("target", "fuzz-failures", seed + "-" + file.getFileName());
            Files.createDirectories(kept.getParent());
            return Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return file;
        }
    }
}
