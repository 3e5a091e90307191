package kz.esimder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The restricted-graph scan finds exactly the marked lines, whatever the reads' sizes and the lines' lengths. */
class MarkedLinesTest {
    private static final String MARKER = "<https://w3id.org/esimder/ontology#restricted>";

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {8, 64, 1000, 1 << 20})
    void findsEveryMarkedLineAndNothingElse(int bufferSize) throws IOException {
        String marked1 = "<s1> " + MARKER + " \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> <g1> .";
        String marked2 = "<s2> " + MARKER + " \"1\"^^<http://www.w3.org/2001/XMLSchema#boolean> <g2> .";
        String longName = "<s> <p> \"" + "Жансүгіров Ілияс ".repeat(500) + "\" <g> .";
        String text = "<a> <b> \"Қазақстан\" <g> .\n" + marked1 + "\n" + longName + "\n"
                + "<x> <y> \"restricted: " + MARKER.substring(0, 20) + "\" <g> .\n" // a prefix of the marker only
                + marked2; // the last line has no newline
        assertEquals(List.of(marked1, marked2), scan(text, bufferSize));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {8, 1 << 20})
    void emptyAndUnmarkedInputsGiveNothing(int bufferSize) throws IOException {
        assertEquals(List.of(), scan("", bufferSize));
        assertEquals(List.of(), scan("<a> <b> <c> <g> .\n<a> <b> \"Ә\" <g> .\n", bufferSize));
    }

    private static List<String> scan(String text, int bufferSize) throws IOException {
        List<String> lines = new ArrayList<>();
        new RestrictedGraphScanner.MarkedLines(MARKER.getBytes(StandardCharsets.US_ASCII), lines::add, bufferSize)
                .scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return lines;
    }
}
