package kz.esimder.convert.cli;

import java.util.function.Supplier;
import kz.esimder.convert.pipeline.OntologyResources;
import picocli.CommandLine;

/**
 * Builds the subcommands with what they need (constructor injection): the ontology only for the
 * commands that use it, loaded on first use so that {@code generate} and {@code --help} never pay for it.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Supplier<OntologyResources> ontology;

    CommandFactory(Supplier<OntologyResources> ontology) {
        this.ontology = ontology;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ConvertCommand.class) {
            return type.cast(new ConvertCommand(ontology));
        }
        if (type == ValidateCommand.class) {
            return type.cast(new ValidateCommand(ontology));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
