package kz.esimder.convert.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exploratory measurement, not a test (tests never read the shared samples): reads a memory-book file and
 * prints how many records it holds, how many values each field got, and what landed in OTHER.
 * Run: java -cp converters/target/classes:converters/target/test-classes
 * kz.esimder.convert.read.MemoryBookSampleMeasure <samples>/memorial-lists/kz-records.txt
 */
public final class MemoryBookSampleMeasure {

    private MemoryBookSampleMeasure() {}

    public static void main(String[] args) throws IOException {
        Path path = Path.of(args[0]);
        Map<Field, Integer> counts = new EnumMap<>(Field.class);
        Map<String, Integer> otherByLabel = new TreeMap<>();
        List<String> others = new ArrayList<>();
        List<SourceReader.ReadProblem> problems = new ArrayList<>();
        int[] records = {0};
        try (SourceReader reader = new MemoryBookReader(path, null, new MemoryBookTextSplitter())) {
            reader.read(r -> {
                records[0]++;
                for (RawRecord.Value v : r.values()) {
                    counts.merge(v.field(), 1, Integer::sum);
                    if (v.field() == Field.OTHER) {
                        others.add(r.line() + ": " + v.text());
                        otherByLabel.merge(String.valueOf(v.label()), 1, Integer::sum);
                    }
                }
            }, problems::add);
        }
        System.out.println("records: " + records[0] + ", problems: " + problems.size());
        counts.forEach((f, n) -> System.out.println(f + "\t" + n));
        System.out.println("OTHER by label: " + otherByLabel);
        int show = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        others.stream().limit(show).forEach(System.out::println);
    }
}
