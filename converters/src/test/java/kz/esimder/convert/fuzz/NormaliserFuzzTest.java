package kz.esimder.convert.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import kz.esimder.convert.normalise.Parsed;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.convert.record.Normalisers;
import org.junit.jupiter.api.Test;

/**
 * Every normaliser in {@code kz.esimder.convert.normalise} on mutated values from the fixtures (the
 * card-file cells and the memory-book lines): each answers a {@link Parsed} (a value or a problem),
 * never throws, never hangs. {@code -Desimder.fuzz.iterations=N} runs more (see docs/security.md).
 */
class NormaliserFuzzTest {
    static final Duration HANG = Duration.ofSeconds(30);

    @Test
    void mutatedFieldValuesNeverCrashOrHangAnyNormaliser() throws Exception {
        OntologyResources o = TestConversions.ontology();
        Normalisers n = Normalisers.create(o.places(), o.camps(), TestConversions.CLOCK);
        List<Function<String, Object>> normalisers = List.of(
                n.dates()::parse, n.dates()::parseBirth, s -> n.dates().parse(s, 1700), n.dates()::findAll, n.dates()::findLast,
                n.names()::parse, s -> n.names().parseParts(s, s, s), s -> n.names().parseParts(s, null, null),
                n.names()::parseVariants, n.genders()::parse, n.places()::parse, n.nationalities()::parse,
                n.organs()::parse, n.charges()::parse, n.outcomes()::parse, n.sentences()::parse, n.rehabilitations()::parse);
        List<String> corpus = corpus();
        FuzzBudget budget = FuzzBudget.fromSystemProperties(300);
        Random pick = new Random(budget.seed());
        long started = System.nanoTime();
        for (int i = 0; i < budget.iterations(); i++) {
            long seed = budget.seed() + i;
            String value = i == 0 ? "" : new Mutator(seed).mutate(corpus.get(pick.nextInt(corpus.size())));
            assertTimeoutPreemptively(HANG, () -> applyAll(normalisers, value, seed), () -> "a normaliser hung on seed " + seed);
        }
        System.out.printf("FUZZ normalisers: %d values (seeds %d-%d) x %d normalisers in %.0f s; crashes 0, hangs 0%n",
                budget.iterations(), budget.seed(), budget.seed() + budget.iterations() - 1, normalisers.size(),
                (System.nanoTime() - started) / 1e9);
    }

    private static void applyAll(List<Function<String, Object>> normalisers, String value, long seed) {
        for (int k = 0; k < normalisers.size(); k++) {
            Object result;
            try {
                result = normalisers.get(k).apply(value);
            } catch (RuntimeException e) {
                throw new AssertionError("normaliser " + k + " threw on seed " + seed + " for «" + value + "»: " + e, e);
            }
            assertThat(result).as("normaliser %d, seed %d", k, seed).isNotNull();
        }
    }

    /** Every cell of the card files and every line of the memory-book excerpt. */
    private static List<String> corpus() throws IOException {
        List<String> values = new ArrayList<>();
        for (String resource : List.of("/fixtures/card-files/cardfile-kk-utf8.csv", "/fixtures/stalin-lists/spravki_sample.csv")) {
            try (InputStream in = NormaliserFuzzTest.class.getResourceAsStream(resource);
                 var parser = org.apache.commons.csv.CSVParser.parse(in, StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.DEFAULT)) {
                parser.forEach(r -> r.forEach(values::add));
            }
        }
        try (InputStream in = NormaliserFuzzTest.class.getResourceAsStream("/fixtures/memorial-lists/kz-records-excerpt.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(120).forEach(values::add);
        }
        return values;
    }
}
