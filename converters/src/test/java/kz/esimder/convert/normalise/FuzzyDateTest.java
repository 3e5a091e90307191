package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void precisionBoundsAndLexicalForm() {
        FuzzyDate year = FuzzyDate.ofYear(1937, "1937 г.");
        assertEquals(DatePrecision.YEAR, year.precision());
        assertEquals("1937", year.isoLexical());
        assertEquals("gYear", year.precision().xsdLocalName());
        assertEquals(LocalDate.of(1937, 12, 31), year.end());
        FuzzyDate month = FuzzyDate.ofMonth(1937, 11, "ноябрь 1937");
        assertEquals("1937-11", month.isoLexical());
        assertEquals("month", month.precision().notation());
        assertEquals(LocalDate.of(1937, 11, 30), month.end());
        FuzzyDate day = FuzzyDate.ofDay(1937, 11, 26, "26.11.1937");
        assertEquals("1937-11-26", day.isoLexical());
        assertEquals("date", day.precision().xsdLocalName());
        assertEquals(day.begin(), day.end());
    }

    @Test
    void notACalendarDate() {
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.ofDay(1937, 2, 31, "31.02.1937"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.ofMonth(1937, 13, "13.1937"));
        assertThrows(IllegalArgumentException.class, () -> new FuzzyDate(1937, null, 3, "3 ? 1937"));
    }
}
