package kz.esimder.convert.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a date is written inside a memory-book phrase, so that «ОСО при НКВД СССР 16 марта
 * 1938 г.» can be cut into organ and date. It only locates the text: it never interprets it
 * ({@code 31.02.1937} is found like any other date), because interpreting dates is the date
 * normaliser's job. Kept deliberately small until the normaliser's public date finder lands.
 */
final class DatePhrase {

    private static final String MONTH = "(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
            + "|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String YEAR_SUFFIX = "(?:\\s*(?:гг\\.|г\\.|года|г(?!\\p{L})|ж\\.|жылы))?";

    /** The alternatives, longest first, so «7 марта 1932 г.» wins over «1932 г.». */
    static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})"
                    + "|\\d{1,2}\\s+" + MONTH + "\\s+" + YEAR
                    + "|(?:в\\s+)?" + MONTH + "\\s+" + YEAR
                    + "|(?:в\\s+)?" + YEAR
                    + ")" + YEAR_SUFFIX + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DatePhrase() {}

    /** Where a date was found: [start, end) in the searched text. */
    record Span(int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    static Optional<Span> first(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /** The last date, if nothing but punctuation and spaces follows it. */
    static Optional<Span> atEnd(String text) {
        Matcher m = DATE.matcher(text);
        Span last = null;
        while (m.find()) {
            last = new Span(m.start(), m.end());
        }
        if (last == null || !Punctuation.trim(text.substring(last.end())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last);
    }
}
