package kz.esimder.convert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.map.SourceKeys;
import kz.esimder.convert.pipeline.AtomicOutput;
import kz.esimder.convert.pipeline.ConversionPipeline;
import kz.esimder.convert.pipeline.NQuadsOutput;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.SourceInput;
import kz.esimder.convert.read.ColumnMapping;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceFormat;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.validate.RecordValidator;
import org.apache.jena.riot.system.StreamRDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code esimder convert}: source files → validated N-Quads, one named graph per source, and a report. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts source files into N-Quads, one named graph per source. Exit 0: all converted; "
                + "3: some records rejected (the rest written); 2: unusable arguments or unreadable input.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "FILE", description = "Source files.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, memorybook, csv, xlsx or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--encoding", paramLabel = "ENC", converter = CharsetConverter.class, description = "Text encoding, overriding detection (UTF-8, windows-1251).")
    Charset encoding;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A column mapping file for unusual layouts.")
    Path mapping;

    @Option(names = "--source-title", paramLabel = "TEXT", description = "The title of the source (default: the file name).")
    String sourceTitle;

    @Option(names = "--source-id", paramLabel = "KEY", description = "The source key in IRIs (default: from the file name); one input only.")
    String sourceId;

    @Option(names = "--restricted", description = "The source is restricted: it must never reach a public surface.")
    boolean restricted;

    @Option(names = "--synthetic", description = "The source is generated data (esimder generate marks its records anyway).")
    boolean synthetic;

    @Option(names = "--base", defaultValue = DataIris.DEFAULT_BASE, paramLabel = "IRI",
            description = "The base of data IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--output", required = true, paramLabel = "OUT.nq", description = "The N-Quads file to write.")
    Path output;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Where to write the JSON report.")
    Path report;

    private final Supplier<OntologyResources> ontology;

    ConvertCommand(Supplier<OntologyResources> ontology) {
        this.ontology = ontology;
    }

    @Override
    public Integer call() throws IOException {
        checkArguments();
        loadOntologyMeanwhile();
        ReaderOptions options = ReaderOptions.defaults().withFormat(SourceFormat.parse(format)).withCharset(encoding)
                .withMapping(mapping == null ? ColumnMapping.none() : ColumnMapping.load(mapping));
        List<SourceInput> sources = sources(options);
        OntologyResources ontology = this.ontology.get();
        ConversionPipeline pipeline = new ConversionPipeline(
                new RecordInterpreter(Normalisers.create(ontology.places(), ontology.camps(), Clock.systemUTC()),
                        ontology.knownConcepts(), ontology.archives()),
                new RecordValidator(ontology.shapes(), ontology.reference()), base);
        PrintWriter err = spec.commandLine().getErr();
        // Both outputs are opened before any work, so that a bad --report path fails at once.
        try (ConversionReport conversion = new ConversionReport();
             AtomicOutput out = AtomicOutput.open(output);
             AtomicOutput json = report == null ? null : AtomicOutput.open(report);
             Progress progress = Progress.start("convert", -1)) {
            StreamRDF stream = NQuadsOutput.writer(out.stream());
            stream.start();
            pipeline.convert(sources, stream, conversion, progress);
            stream.finish();
            out.commit();
            if (json != null) {
                conversion.writeJson(json.stream());
                json.commit();
            }
            progress.close();
            conversion.writeSummary(err);
            err.flush();
            return conversion.complete() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        }
    }

    /**
     * Starts loading the ontology, vocabularies and shapes (a second or two) on another thread
     * while the inputs are opened and sniffed; {@code ontology.get()} below then waits for it. A
     * failure there is left for that call to meet again and report.
     */
    private void loadOntologyMeanwhile() {
        Thread loader = new Thread(() -> {
            try {
                ontology.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                // reported by the command's own ontology.get(), which meets it again
            }
        }, "esimder-ontology");
        loader.setDaemon(true);
        loader.start();
    }

    private void checkArguments() {
        if (sourceId != null && inputs.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--source-id names one source, but " + inputs.size() + " inputs were given");
        }
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "--output " + output + " is also an input");
            }
        }
        try {
            new DataIris(base, "check");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
    }

    private List<SourceInput> sources(ReaderOptions options) throws IOException {
        List<SourceInput> sources = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Path input : inputs) {
            String key = sourceId != null ? SourceKeys.slug(sourceId) : SourceKeys.fromFileName(input.toString());
            if (key.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--source-id '" + sourceId + "' leaves no usable key");
            }
            if (!keys.add(key)) {
                throw new ParameterException(spec.commandLine(), "two inputs would share the source key '" + key
                        + "' (and so one graph); rename one or convert them separately with --source-id");
            }
            String file = input.getFileName().toString();
            SourceDescription description = new SourceDescription(file, sourceTitle == null ? file : sourceTitle,
                    restricted, synthetic, null);
            sources.add(new SourceInput(key, SourceReaders.open(input, options), description));
        }
        return sources;
    }
}
