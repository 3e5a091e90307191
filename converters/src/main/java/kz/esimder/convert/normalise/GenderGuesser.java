package kz.esimder.convert.normalise;

/**
 * Gender from what a source writes: a gender column («м», «ж», «муж.», «жен.», «ер», «әйел»,
 * «male», «female») or a Russian participle label («Родился»/«Родилась», «Арестован»/«Арестована»,
 * «Приговорен»/«Приговорена», «Проживал»/«Проживала»). Anything else is unparsed. Thread-safe.
 */
public final class GenderGuesser {

    public Parsed<Gender> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
