package kz.esimder.convert.normalise;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of normalising one value: the text as written (always kept), the typed value when it
 * was understood, and a {@link Problem} when it was not, or only in part. Bad data never throws.
 *
 * <ul>
 *   <li>understood: a value, no problem;</li>
 *   <li>partial: a value for what was understood, plus a problem and the {@link #unparsed()} rest;</li>
 *   <li>unparsed: no value, a problem, and the whole text as {@link #unparsed()}.</li>
 * </ul>
 *
 * @param <T> the value type
 */
public final class Parsed<T> {

    private final String text;
    private final T value;
    private final Problem problem;
    private final String unparsed;

    private Parsed(String text, T value, Problem problem, String unparsed) {
        this.text = Objects.requireNonNull(text, "text");
        this.value = value;
        this.problem = problem;
        this.unparsed = unparsed;
    }

    /** A value understood completely. */
    public static <T> Parsed<T> ok(String text, T value) {
        return new Parsed<>(text, Objects.requireNonNull(value, "value"), null, null);
    }

    /** A value understood in part: {@code remainder} is the text left over, verbatim. */
    public static <T> Parsed<T> partial(String text, T value, String remainder) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(remainder, "remainder");
        return new Parsed<>(text, value, new Problem(Problem.Kind.UNRECOGNISED_REMAINDER,
                "not understood: «" + remainder + "»"), remainder);
    }

    /** Nothing understood: the whole text stays, with the reason. */
    public static <T> Parsed<T> unparsed(String text, Problem problem) {
        return new Parsed<>(text, null, Objects.requireNonNull(problem, "problem"), text);
    }

    /** Nothing understood, with a problem of the given kind. */
    public static <T> Parsed<T> unparsed(String text, Problem.Kind kind, String reason) {
        return unparsed(text, new Problem(kind, reason));
    }

    /** The text exactly as given to the normaliser. */
    public String text() {
        return text;
    }

    /** The value, present when the text was understood fully or in part. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The problem, present when the text was not understood or only in part. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The text not understood, verbatim: all of it when unparsed, the rest when partial. */
    public Optional<String> unparsed() {
        return Optional.ofNullable(unparsed);
    }

    /** True when there is a value and no problem. */
    public boolean isUnderstood() {
        return value != null && problem == null;
    }

    /** True when there is a value and a problem (an unparsed rest). */
    public boolean isPartial() {
        return value != null && problem != null;
    }

    /** True when there is no value. */
    public boolean isUnparsed() {
        return value == null;
    }

    /** The same outcome with the value transformed; text, problem and rest unchanged. */
    public <U> Parsed<U> map(Function<? super T, ? extends U> f) {
        return new Parsed<>(text, value == null ? null : f.apply(value), problem, unparsed);
    }

    @Override
    public String toString() {
        return "Parsed[" + text + " -> " + value + (problem == null ? "" : ", " + problem) + "]";
    }
}
