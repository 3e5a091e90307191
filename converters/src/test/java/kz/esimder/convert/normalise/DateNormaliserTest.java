package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormaliserTest {

    private final DateNormaliser dates =
            new DateNormaliser(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "02.02.1937|1937-02-02|DAY",
            "7 марта 1932 г.|1932-03-07|DAY",
            " 7 марта 1932 г.|1932-03-07|DAY",
            "в июле 1998 г.|1998-07|MONTH",
            "октябрь 1957|1957-10|MONTH",
            "1937 г.|1937|YEAR",
            "в 1941 г.|1941|YEAR",
            "1937|1937|YEAR",
            "09.07.40|1940-07-09|DAY",
            "1.02.30 г.|1930-02-01|DAY",
            "1937-11-26|1937-11-26|DAY",
            "1937-11|1937-11|MONTH",
            "26 қараша 1937 ж.|1937-11-26|DAY",
            "1937 жылы 26 қарашада|1937-11-26|DAY",
            "1938 жылғы 5 наурыз|1938-03-05|DAY",
            "шілдеде 1938|1938-07|MONTH",
            "ҚАЗАН 1937|1937-10|MONTH",
            "желтоқсанның 1937|1937-12|MONTH",
            "16 мая 1938 г.|1938-05-16|DAY",
            "5 сент. 1937|1937-09-05|DAY",
            "29 февраля 1936 г.|1936-02-29|DAY",
            "17.10.1957.|1957-10-17|DAY",
            "1 декабря 1937 года|1937-12-01|DAY"
    })
    void understands(String text, String iso, DatePrecision precision) {
        Parsed<FuzzyDate> p = dates.parse(text);
        assertTrue(p.isUnderstood(), () -> p.toString());
        FuzzyDate d = p.value().orElseThrow();
        assertEquals(iso, d.isoLexical());
        assertEquals(precision, d.precision());
        assertEquals(text, d.text(), "the text it came from is kept");
    }

    @Test
    void boundsFollowPrecision() {
        FuzzyDate year = dates.parse("1937 г.").value().orElseThrow();
        assertEquals(LocalDate.of(1937, 1, 1), year.begin());
        assertEquals(LocalDate.of(1937, 12, 31), year.end());
        FuzzyDate feb = dates.parse("февраль 1936").value().orElseThrow();
        assertEquals(LocalDate.of(1936, 2, 29), feb.end());
        FuzzyDate day = dates.parse("02.02.1937").value().orElseThrow();
        assertEquals(day.begin(), day.end());
    }

    @ParameterizedTest(name = "{0} rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "31.02.1937|IMPOSSIBLE_DATE",
            "30 февраля 1937 г.|IMPOSSIBLE_DATE",
            "12.13.1937|IMPOSSIBLE_DATE",
            "29.02.1937|IMPOSSIBLE_DATE",
            "1874 г.|DATE_OUT_OF_RANGE",
            "03.05.2031|DATE_OUT_OF_RANGE",
            "дата неизвестна|UNRECOGNISED",
            "1937 или 1938|UNRECOGNISED",
            "ОСО при НКВД СССР 16 марта 1938 г.|UNRECOGNISED",
            "'   '|BLANK"
    })
    void rejectsWithoutGuessing(String text, Problem.Kind kind) {
        Parsed<FuzzyDate> p = dates.parse(text);
        assertTrue(p.isUnparsed(), () -> p.toString());
        assertEquals(kind, p.problem().orElseThrow().kind());
        assertEquals(text, p.unparsed().orElseThrow(), "the text is kept verbatim");
    }

    @Test
    void birthDatesMayBeBefore1900() {
        assertEquals("1874", dates.parseBirth("1874 г.").value().orElseThrow().isoLexical());
        assertTrue(dates.parseBirth("1799").isUnparsed());
    }

    @Test
    void findsTheDateClosingAnOrgan() {
        String text = "Особое совещание коллегии ОГПУ ТАССР 29 июля 1932 г.";
        DateMatch m = dates.findLast(text).orElseThrow();
        assertEquals("1932-07-29", m.date().value().orElseThrow().isoLexical());
        assertEquals("Особое совещание коллегии ОГПУ ТАССР", text.substring(0, m.start()).strip());
        assertEquals(text.length(), m.end());
    }

    @Test
    void findsEveryDateAndReportsTheImpossibleOne() {
        List<DateMatch> all = dates.findAll("Прибыла в Карлаг 03.11.1940. Освобождена 31.02.1945 из г.Москвы");
        assertEquals(2, all.size());
        assertEquals("1940-11-03", all.get(0).date().value().orElseThrow().isoLexical());
        assertEquals(Problem.Kind.IMPOSSIBLE_DATE, all.get(1).date().problem().orElseThrow().kind());
    }

    @Test
    void doesNotTakeNumbersForYears() {
        assertTrue(dates.findAll("обв.: 58-10, 58-11 УК РСФСР, вагон №684847, аул 7").isEmpty());
        assertFalse(dates.findAll("г. Казань").stream().anyMatch(m -> m.date().value().isPresent()));
    }

    @Test
    void cityGluedAfterYearIsNotPartOfTheDate() {
        String text = "в 1937 г.Москва";
        DateMatch m = dates.findAll(text).get(0);
        assertEquals("в 1937", text.substring(m.start(), m.end()).strip());
    }
}
