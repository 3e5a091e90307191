package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * Why a normaliser did not (fully) understand a value. The kind is for counting and for code that
 * must react to a class of problem; the message is for the report's {@code reason}, in English.
 *
 * @param kind    the class of problem
 * @param message a human reason naming the bad part, e.g. «no day 31 in February 1937»
 */
public record Problem(Kind kind, String message) {

    /** Classes of problem a normaliser reports. */
    public enum Kind {
        /** The value was empty or blank. */
        BLANK,
        /** Nothing in the value was recognised. */
        UNRECOGNISED,
        /** Part of the value was recognised; the rest is kept as unparsed text. */
        UNRECOGNISED_REMAINDER,
        /** A date that is not in the calendar, e.g. 31.02.1937. */
        IMPOSSIBLE_DATE,
        /** A date outside the period the field allows (an arrest before 1900, anything after today). */
        DATE_OUT_OF_RANGE,
        /** The value reads in more than one way and the normaliser will not choose. */
        AMBIGUOUS
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
