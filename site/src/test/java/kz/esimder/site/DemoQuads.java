package kz.esimder.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The bundled demo records as an N-Quads file, for tests that load them through the store's loader. */
public final class DemoQuads {
    private DemoQuads() {}

    public static Path writeTo(Path dir) throws IOException {
        DatasetGraph demo = DatasetGraphFactory.create();
        try (InputStream in = DemoQuads.class.getResourceAsStream("/demo/memorial-excerpts.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(demo);
        }
        Path file = dir.resolve("memorial-excerpts.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, demo, Lang.NQUADS);
        }
        return file;
    }
}
