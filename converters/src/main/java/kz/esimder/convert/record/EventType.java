package kz.esimder.convert.record;

import java.util.Arrays;
import java.util.Optional;
import kz.esimder.ontology.Vocab;

/** The kinds of repression event, with their local names in the {@code event-type} scheme. */
public enum EventType {
    ARREST("arrest"),
    SENTENCE("sentence"),
    EXECUTION("execution"),
    IMPRISONMENT("imprisonment"),
    EXILE("exile"),
    DEPORTATION("deportation"),
    SPECIAL_SETTLEMENT("special-settlement"),
    DEKULAKIZATION("dekulakization"),
    RELEASE("release"),
    DEATH_IN_CUSTODY("death-in-custody"),
    REHABILITATION("rehabilitation"),
    REHABILITATION_REFUSED("rehabilitation-refused"),
    CAPTIVITY("captivity"),
    FILTRATION("filtration"),
    REPATRIATION("repatriation");

    private final String notation;
    private final Concept concept;

    EventType(String notation) {
        this.notation = notation;
        this.concept = Concept.of(Vocab.EVENT_TYPE, notation);
    }

    public String notation() {
        return notation;
    }

    /** The type a normaliser names by its notation ({@code death-in-custody}), if there is one. */
    public static Optional<EventType> byNotation(String notation) {
        return Arrays.stream(values()).filter(t -> t.notation.equals(notation)).findFirst();
    }

    public Concept concept() {
        return concept;
    }
}
