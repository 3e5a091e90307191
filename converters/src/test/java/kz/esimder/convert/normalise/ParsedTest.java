package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void understood() {
        Parsed<Integer> p = Parsed.ok("10 лет", 10);
        assertTrue(p.isUnderstood());
        assertFalse(p.isPartial());
        assertFalse(p.isUnparsed());
        assertEquals(Optional.of(10), p.value());
        assertTrue(p.problem().isEmpty());
        assertTrue(p.unparsed().isEmpty());
        assertEquals("10 лет", p.text());
    }

    @Test
    void partialKeepsTheRestVerbatim() {
        Parsed<Integer> p = Parsed.partial("58-10, за службу у Колчака", 1, "за службу у Колчака");
        assertTrue(p.isPartial());
        assertEquals(Optional.of("за службу у Колчака"), p.unparsed());
        assertEquals(Problem.Kind.UNRECOGNISED_REMAINDER, p.problem().orElseThrow().kind());
        assertTrue(p.problem().orElseThrow().message().contains("за службу у Колчака"));
    }

    @Test
    void unparsedKeepsTheWholeText() {
        Parsed<Integer> p = Parsed.unparsed("31.02.1937", Problem.Kind.IMPOSSIBLE_DATE, "no day 31 in February 1937");
        assertTrue(p.isUnparsed());
        assertEquals(Optional.of("31.02.1937"), p.unparsed());
        assertEquals("no day 31 in February 1937", p.problem().orElseThrow().message());
    }

    @Test
    void mapKeepsTextAndProblem() {
        Parsed<String> p = Parsed.partial("x y", 1, "y").map(i -> "v" + i);
        assertEquals(Optional.of("v1"), p.value());
        assertEquals(Optional.of("y"), p.unparsed());
        Parsed<String> none = Parsed.<Integer>unparsed("z", Problem.Kind.UNRECOGNISED, "?").map(i -> "v" + i);
        assertTrue(none.isUnparsed());
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> Parsed.ok("x", null));
        assertThrows(NullPointerException.class, () -> Parsed.unparsed("x", null));
        assertThrows(NullPointerException.class, () -> new Problem(null, "reason"));
    }
}
