package kz.esimder.convert.link.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.esimder.convert.link.dedup.PersonFacts;
import kz.esimder.convert.link.name.NameParts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the labelled pairs CSV: {@code kind,left_id,right_id,match}, then for each side
 * {@code name,birth_year,birth_place,nationality,arrest,sentence,organ} (prefixed {@code left_},
 * {@code right_}); empty cells are facts the source does not give. A malformed row is an error
 * naming its line: an evaluation over a silently shortened set would mislead.
 */
public final class LabelledPairsReader {
    private static final String[] SIDE = {"name", "birth_year", "birth_place", "nationality", "arrest", "sentence", "organ"};

    public List<LabelledPair> read(Reader in) throws IOException {
        List<LabelledPair> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(in)) {
            long line = r.getRecordNumber() + 1;
            String match = r.get("match");
            if (!match.equals("0") && !match.equals("1")) {
                throw new IllegalArgumentException("line " + line + ": match must be 0 or 1, not '" + match + "'");
            }
            out.add(new LabelledPair(line, r.get("kind"), side(r, "left", line), side(r, "right", line), match.equals("1")));
        }
        return out;
    }

    private static PersonFacts side(CSVRecord r, String prefix, long line) {
        String name = r.get(prefix + "_name");
        if (name.isBlank()) throw new IllegalArgumentException("line " + line + ": " + prefix + "_name is empty");
        Integer year = null;
        String y = r.get(prefix + "_" + SIDE[1]);
        if (!y.isBlank()) {
            try {
                year = Integer.valueOf(y.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + line + ": " + prefix + "_birth_year is not a year: '" + y + "'", e);
            }
        }
        PersonFacts named = PersonFacts.named(prefix + ":" + line, name);
        NameParts parts = named.name();
        return new PersonFacts(named.iri(), name, parts, named.blockKeys(), Set.of(), null, year,
                blankToNull(r.get(prefix + "_birth_place")), blankToNull(r.get(prefix + "_nationality")),
                set(r.get(prefix + "_arrest")), set(r.get(prefix + "_sentence")), set(r.get(prefix + "_organ")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Set<String> set(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s.strip());
    }
}
