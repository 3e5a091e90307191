package kz.esimder.convert.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gender from what a source writes: a gender column («м», «ж», «муж.», «жен.», «ер», «әйел»,
 * «male», «female») or a Russian past participle or verb used as a label («Родился»/«Родилась»,
 * «Арестован»/«Арестована», «Приговорен»/«Приговорена», «Проживал»/«Проживала»,
 * «Реабилитирован»/«Реабилитирована»). Plural forms («Высланы») and anything else are unparsed:
 * they say nothing about one person. Thread-safe.
 */
public final class GenderGuesser {

    private static final Pattern MALE_WORD = Pattern.compile("м|муж|мужской|мужчина|ер|ер адам|male|m");
    private static final Pattern FEMALE_WORD = Pattern.compile("ж|жен|женский|женщина|әйел|female|f");
    /** Feminine past forms: родилась, проживала, арестована, приговорена, реабилитирована, умерла. */
    private static final Pattern FEMALE_VERB = Pattern.compile("\\p{L}+(?:лась|ла|на|ена|ана|яна|ята|ута)");
    /** Masculine past forms: родился, проживал, арестован, приговорен, реабилитирован, умер. */
    private static final Pattern MALE_VERB = Pattern.compile("\\p{L}+(?:лся|ал|ил|ел|ыл|ан|ен|ян|ят|ут)|умер");
    private static final Pattern KNOWN_VERB = Pattern.compile(
            "(?:родил|проживал|жил|арестова|приговор|осужд|реабилит|расстрел|освобожд|выслан|сослан|умер|работал|прибыл|убыл"
                    + "|выселен|раскулачен|задержан|этапирован)\\p{L}*", Pattern.UNICODE_CHARACTER_CLASS);

    public Parsed<Gender> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no gender given");
        }
        String w = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[.:,;]", "").strip();
        if (MALE_WORD.matcher(w).matches()) {
            return Parsed.ok(text, Gender.MALE);
        }
        if (FEMALE_WORD.matcher(w).matches()) {
            return Parsed.ok(text, Gender.FEMALE);
        }
        String first = w.split("\\s+")[0];
        if (KNOWN_VERB.matcher(first).matches()) {
            if (FEMALE_VERB.matcher(first).matches()) {
                return Parsed.ok(text, Gender.FEMALE);
            }
            if (MALE_VERB.matcher(first).matches()) {
                return Parsed.ok(text, Gender.MALE);
            }
        }
        return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no gender in this word");
    }
}
