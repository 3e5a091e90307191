import io.carml.engine.rdf.RdfRmlMapper;
import io.carml.logicalsourceresolver.CsvResolver;
import io.carml.util.RmlMappingLoader;
import io.carml.vocab.Rdf;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * The CARML side of the conversion benchmark (docs/benchmarks.md): maps the CSV with the RML
 * mapping and streams the statements into an N-Quads file, as `esimder convert` does. Run as a
 * single-file program: java -cp "$(cat carml.cp)" CarmlBench.java MAPPING.ttl DIR OUT.nq
 * (DIR holds persons.csv). Prints «statements seconds».
 */
public class CarmlBench {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var mapping = RmlMappingLoader.build().load(RDFFormat.TURTLE, Path.of(args[0]));
        RdfRmlMapper mapper = RdfRmlMapper.builder().triplesMaps(mapping)
                .setLogicalSourceResolver(Rdf.Ql.Csv, CsvResolver::getInstance)
                .fileResolver(Path.of(args[1])).build();
        AtomicLong n = new AtomicLong();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
            RDFWriter writer = Rio.createWriter(RDFFormat.NQUADS, out);
            writer.startRDF();
            mapper.map().doOnNext(st -> {
                writer.handleStatement(st);
                n.incrementAndGet();
            }).blockLast();
            writer.endRDF();
        }
        System.out.printf("%d %.2f%n", n.get(), (System.nanoTime() - start) / 1e9);
    }
}
