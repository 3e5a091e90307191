package kz.esimder.convert.normalise;

/**
 * A date found inside a longer text, with where it stands, so that a reader can take the rest
 * apart: in «Особое совещание коллегии ОГПУ ТАССР 29 июля 1932 г.» the date is «29 июля 1932 г.»
 * and the organ is what comes before {@link #start()}. Something shaped like a date that is not
 * one (31.02.1937) is still found, as an unparsed {@link Parsed} with its problem, so that it is
 * reported rather than left inside the neighbouring text.
 *
 * @param date  the date as parsed; {@code date.text()} is the matched part
 * @param start index of the first matched character in the searched text
 * @param end   index after the last matched character (including a trailing «г.» / «года»)
 */
public record DateMatch(Parsed<FuzzyDate> date, int start, int end) {
}
