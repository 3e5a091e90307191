package kz.esimder.convert.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.RecordMapper;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReader;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.record.Unparsed;
import kz.esimder.convert.record.VictimRecord;
import kz.esimder.convert.validate.RecordValidator;

/**
 * Exploratory, not a test: how much of a real sample becomes structured data, and where the time
 * goes. Reads the file given as the argument (e.g. <samples>/memorial-lists/kz-records.txt);
 * tests never read the shared samples.
 *
 * <p>A labelled value counts as structured when its normaliser returned a value (fully or in part)
 * and as unparsed when the whole value stayed text.
 */
public final class SampleMeasurement {
    private static final List<Field> LABELLED = List.of(Field.BIRTH_DATE, Field.BIRTH_PLACE, Field.ARREST_DATE,
            Field.ARRESTED_BY, Field.SENTENCED_BY, Field.SENTENCE_DATE, Field.CHARGES, Field.SENTENCE,
            Field.EXECUTION_DATE, Field.CAMP_MOVEMENTS, Field.REHABILITATION, Field.NATIONALITY);

    public static void main(String[] args) throws Exception {
        OntologyResources ontology = OntologyResources.fromClasspath();
        Map<String, Integer> unknown = new java.util.TreeMap<>();
        kz.esimder.convert.record.KnownConcepts known = ontology.knownConcepts();
        RecordInterpreter interpreter = new RecordInterpreter(
                Normalisers.create(ontology.places(), ontology.camps(), Clock.systemUTC()), c -> {
                    boolean k = known.contains(c);
                    if (!k) {
                        unknown.merge(c.scheme() + "/" + c.localName(), 1, Integer::sum);
                    }
                    return k;
                });
        RecordValidator validator = new RecordValidator(ontology.shapes(), ontology.reference());
        Path path = Path.of(args[0]);
        DataIris iris = new DataIris(DataIris.DEFAULT_BASE, "sample");
        RecordMapper mapper = new RecordMapper(iris);
        MappedRecord source = new SourceDescription(path.getFileName().toString(), "t", false, false, null).map(iris);
        List<RawRecord> raws = new ArrayList<>();
        long t0 = System.nanoTime();
        try (SourceReader r = SourceReaders.open(path, ReaderOptions.defaults())) {
            r.read(raws::add, p -> { });
        }
        long t1 = System.nanoTime();
        List<VictimRecord> records = new ArrayList<>();
        int failed = 0;
        for (RawRecord raw : raws) {
            try {
                records.add(interpreter.interpret(raw));
            } catch (RuntimeException e) {
                failed++;
                System.err.println("line " + raw.line() + ": " + e);
            }
        }
        long t2 = System.nanoTime();
        List<MappedRecord> mapped = records.stream().map(mapper::map).toList();
        long t3 = System.nanoTime();
        int invalid = 0;
        for (MappedRecord m : mapped) {
            if (!validator.validate(m, source).isEmpty()) {
                invalid++;
            }
        }
        long t4 = System.nanoTime();
        System.out.printf("records %d, interpretation failed %d, invalid %d%n", raws.size(), failed, invalid);
        System.out.printf("ms: read %d, interpret %d, map %d, validate %d%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        Map<Field, int[]> counts = new EnumMap<>(Field.class);
        for (int i = 0; i < records.size(); i++) {
            VictimRecord v = records.get(i);
            RawRecord raw = raws.stream().filter(x -> x.line() == v.source().line()).findFirst().orElseThrow();
            for (Field f : LABELLED) {
                for (String value : raw.all(f)) {
                    int[] c = counts.computeIfAbsent(f, k -> new int[2]);
                    c[0]++;
                    String name = f.name().toLowerCase().replace('_', '-');
                    boolean whole = v.unparsed().stream().anyMatch(u -> u.field().equals(name) && u.text().equals(value.strip()));
                    if (whole) {
                        c[1]++;
                    }
                }
            }
        }
        int total = 0;
        int unparsed = 0;
        for (Map.Entry<Field, int[]> e : counts.entrySet()) {
            System.out.printf("%-16s values %5d, wholly unparsed %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
            total += e.getValue()[0];
            unparsed += e.getValue()[1];
        }
        System.out.printf("labelled values %d, structured %.1f%%%n", total, 100.0 * (total - unparsed) / total);
        Map<String, Integer> byField = new java.util.TreeMap<>();
        for (VictimRecord v : records) {
            for (Unparsed u : v.unparsed()) {
                byField.merge(u.field(), 1, Integer::sum);
            }
        }
        System.out.println("unparsed entries (whole or rest) per field: " + byField);
        System.out.println("concepts the normalisers named but the vocabularies lack: " + unknown);
    }
}
