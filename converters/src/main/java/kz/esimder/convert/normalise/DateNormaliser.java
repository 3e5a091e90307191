package kz.esimder.convert.normalise;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Soviet lists write them: {@code 02.02.1937}, {@code 7 марта 1932 г.}, {@code в июле 1998 г.},
 * {@code октябрь 1957}, {@code 1937 г.}, {@code 09.07.40} (two-digit years are 19xx), ISO
 * {@code 1937-11-26}, and Russian or Kazakh month names in any case form (марта, наурыз, қазанда).
 * Never guesses: {@code 31.02.1937} is an {@link Problem.Kind#IMPOSSIBLE_DATE}, a year outside the
 * allowed range a {@link Problem.Kind#DATE_OUT_OF_RANGE}; the text is kept either way.
 * Thread-safe.
 */
public final class DateNormaliser {
    // Cached by text: a verdict also depends on «today», which a run can only see change at midnight.
    private final ParseCache<FuzzyDate> events = new ParseCache<>(text -> parse(text, EARLIEST_EVENT_YEAR));
    private final ParseCache<FuzzyDate> births = new ParseCache<>(text -> parse(text, EARLIEST_BIRTH_YEAR));

    /** Events (arrest, sentence, execution, rehabilitation) before this year are rejected. */
    public static final int EARLIEST_EVENT_YEAR = 1900;
    /** Births before this year are rejected. */
    public static final int EARLIEST_BIRTH_YEAR = 1800;

    private static final String NOT_DIGIT_BEFORE = "(?<![\\d.\\-/№])";
    private static final String NOT_DIGIT_AFTER = "(?![\\d])";
    /** «г.», «года», «году», «гг.», Kazakh «ж.», «жылы»; not the «г.» of «г.Москвы» glued to a name. */
    private static final String YEAR_WORD =
            "(?:\\s*(?:г\\.(?!\\p{L})|года|году|гг\\.?|г(?![\\p{L}.])|ж\\.|жылы|жылғы))?";
    private static final Pattern DATE = Lower.compile(
            "(?:(?<![\\p{L}])(?:в|во)\\s+)?(?:"
                    + "(?<isoY>\\d{4})-(?<isoM>\\d{2})(?:-(?<isoD>\\d{2}))?" + NOT_DIGIT_AFTER + YEAR_WORD
                    + "|" + NOT_DIGIT_BEFORE + "(?<nD>\\d{1,2})\\.\\s?(?<nM>\\d{1,2})(?:\\.\\s?(?<nY>\\d{4}|\\d{2})|\\s(?<nY2>1[89]\\d\\d))"
                    + NOT_DIGIT_AFTER + YEAR_WORD
                    + "|" + NOT_DIGIT_BEFORE + "(?<kY>\\d{4})\\s*(?:ж\\.|жылы|жылғы)?\\s*(?:(?<kD>\\d{1,2})\\s*)?(?<kM>"
                    + MonthNames.REGEX + ")"
                    + "|" + NOT_DIGIT_BEFORE + "(?:(?<tD>\\d{1,2})(?:-?го)?\\s*)?(?<![\\p{L}])(?<tM>" + MonthNames.REGEX
                    + ")\\s*(?<tY>\\d{4})" + NOT_DIGIT_AFTER + YEAR_WORD
                    + "|" + NOT_DIGIT_BEFORE + "(?<mM>\\d{1,2})\\.(?<mY>\\d{4})" + NOT_DIGIT_AFTER + YEAR_WORD
                    + "|" + NOT_DIGIT_BEFORE + "(?<y>1[89]\\d\\d|20\\d\\d)" + NOT_DIGIT_AFTER + "(?!-\\d)" + YEAR_WORD
                    + ")");
    /** What may surround a lone date in a value without making it more than a date. */
    private static final Pattern FILLER = Lower.compile("[\\s.,;:()\\-–—]*");

    /** How far a date reaches from its first digit run, each way; the longest forms need about 20. */
    private static final int WINDOW = 28;

    private final Clock clock;

    /** Dates after today (system clock) are rejected. */
    public DateNormaliser() {
        this(Clock.systemUTC());
    }

    /** Dates after today by {@code clock} are rejected; tests pin the clock. */
    public DateNormaliser(Clock clock) {
        this.clock = clock;
    }

    /** An event date: the whole text must be one date, in {@value #EARLIEST_EVENT_YEAR}..today. */
    public Parsed<FuzzyDate> parse(String text) {
        return events.get(text);
    }

    /** A birth date: the whole text must be one date, in {@value #EARLIEST_BIRTH_YEAR}..today. */
    public Parsed<FuzzyDate> parseBirth(String text) {
        return births.get(text);
    }

    /** The whole text as one date, no earlier than {@code earliestYear} and not after today. */
    public Parsed<FuzzyDate> parse(String text, int earliestYear) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no date given");
        }
        List<DateMatch> found = find(text, earliestYear);
        if (found.size() != 1) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED,
                    found.isEmpty() ? "no date recognised" : found.size() + " dates where one was expected");
        }
        DateMatch m = found.get(0);
        if (!FILLER.matcher(text.substring(0, m.start())).matches()
                || !FILLER.matcher(text.substring(m.end())).matches()) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "text around the date not understood");
        }
        return m.date().value()
                .map(d -> Parsed.ok(text, new FuzzyDate(d.year(), d.month(), d.day(), text)))
                .orElseGet(() -> Parsed.unparsed(text, m.date().problem().orElseThrow()));
    }

    /** Every date in a longer text, in order, each checked against {@value #EARLIEST_BIRTH_YEAR}..today. */
    public List<DateMatch> findAll(String text) {
        return find(text, EARLIEST_BIRTH_YEAR);
    }

    private List<DateMatch> find(String text, int earliestYear) {
        List<DateMatch> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // Every date holds a digit, and starts at most WINDOW characters before its first digit run
        // («в сентябре 1937») and ends at most WINDOW after it («26 қарашада», «1937 жылы 26 қарашада»):
        // the pattern is run only in such windows around digits, not along the whole text.
        String lower = Lower.of(text);
        Matcher m = DATE.matcher(lower);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        while (from < lower.length()) {
            int digit = nextDigit(lower, from);
            if (digit < 0) {
                break;
            }
            int runEnd = digit;
            while (runEnd < lower.length() && Character.isDigit(lower.charAt(runEnd))) {
                runEnd++;
            }
            m.region(Math.max(from, digit - WINDOW), Math.min(lower.length(), runEnd + WINDOW));
            if (m.find() && m.start() <= runEnd) {
                String matched = text.substring(m.start(), m.end()).strip();
                out.add(new DateMatch(check(matched, m, earliestYear), m.start(), m.end()));
                from = Math.max(m.end(), from + 1);
            } else {
                from = runEnd;
            }
        }
        return out;
    }

    private Parsed<FuzzyDate> check(String matched, Matcher m, int earliestYear) {
        int year;
        Integer month = null;
        Integer day = null;
        if (m.group("isoY") != null) {
            year = Integer.parseInt(m.group("isoY"));
            month = Integer.parseInt(m.group("isoM"));
            day = integer(m.group("isoD"));
        } else if (m.group("nY") != null || m.group("nY2") != null) {
            // «01.02 1930»: a space for the last dot, with a four-digit year only.
            String y = m.group("nY") != null ? m.group("nY") : m.group("nY2");
            // Two-digit years in these lists are always 19xx (09.07.40, 1.02.30).
            year = y.length() == 2 ? 1900 + Integer.parseInt(y) : Integer.parseInt(y);
            month = Integer.parseInt(m.group("nM"));
            day = Integer.parseInt(m.group("nD"));
        } else if (m.group("kY") != null) {
            year = Integer.parseInt(m.group("kY"));
            month = MonthNames.month(m.group("kM"));
            day = integer(m.group("kD"));
        } else if (m.group("tY") != null) {
            year = Integer.parseInt(m.group("tY"));
            month = MonthNames.month(m.group("tM"));
            day = integer(m.group("tD"));
        } else if (m.group("mY") != null) {
            year = Integer.parseInt(m.group("mY"));
            month = Integer.parseInt(m.group("mM"));
        } else {
            year = Integer.parseInt(m.group("y"));
        }
        if (month != null && (month < 1 || month > 12)) {
            return Parsed.unparsed(matched, Problem.Kind.IMPOSSIBLE_DATE, "no month " + month + " in «" + matched + "»");
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            return Parsed.unparsed(matched, Problem.Kind.IMPOSSIBLE_DATE,
                    "no day " + day + " in " + YearMonth.of(year, month) + " («" + matched + "»)");
        }
        FuzzyDate date = new FuzzyDate(year, month, day, matched);
        if (year < earliestYear) {
            return Parsed.unparsed(matched, Problem.Kind.DATE_OUT_OF_RANGE,
                    "year " + year + " is before " + earliestYear + " («" + matched + "»)");
        }
        if (date.begin().isAfter(today())) {
            return Parsed.unparsed(matched, Problem.Kind.DATE_OUT_OF_RANGE, "«" + matched + "» is in the future");
        }
        return Parsed.ok(matched, date);
    }

    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /** The last date in a longer text (the date after an organ, the date closing a statement). */
    public Optional<DateMatch> findLast(String text) {
        List<DateMatch> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
