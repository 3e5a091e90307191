package kz.esimder.convert.read;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the sentencing statements of memory-book text into organ, date, charges, sentence and what
 * followed in the camps. Three shapes occur:
 * «Приговорена: ОСО при НКВД СССР 16 марта 1938 г., обв.: как ЧСИР.» (organ, then the date at the end
 * of the organ part, then the charges); «Приговор: ВК ВС СССР, 28.02.1938 – ВМН.» (stalin.memo.ru:
 * organ, date, sentence); «Приговор: к 8 годам ИТЛ. Прибыла в Карлаг 03.11.1940. Освобождена
 * 21.11.1945» (the sentence, then the camp movements, kept together as written).
 */
final class VerdictPhrase {

    private static final Pattern CHARGES_MARK = Pattern.compile("(?iu),?\\s*обв(?:\\.|инение)\\s*:?\\s*");
    private static final Pattern ORGAN_DATE_SENTENCE = Pattern.compile(
            "^(?<organ>[^\\d]+?),\\s*(?<date>\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s*(?:[–—-]\\s*(?<sentence>.*?))?[\\s.]*$");
    /** Words that open a camp movement or an outcome after the sentence itself. */
    private static final Pattern MOVEMENT = Pattern.compile(
            "(?u)(?:^|(?<=[.,;]\\s{0,3}))\\s*(?:[Пп]рибыл[аи]?|[Уу]был[аи]?|[Оо]свобожден[аы]?|[Оо]своб\\.|Осв\\.|[Уу]мер(?:ла|ли)?"
                    + "|отбыв\\.|[Ээ]тапирован[аы]?|[Пп]ереведен[аы]?|[Нн]аправлен[аы]?\\s+в\\s+\\p{Lu}|В\\s+\\p{Lu}{3,}\\p{L}*\\s+находил"
                    + "|[Дд]емобилизован[аы]?|[Бб]ежал[аи]?|расстрелян[аы]?)(?!\\p{L})");
    private static final Pattern FAMILY = Pattern.compile(
            "(?u)(?:в составе семьи\\s+)?(?<rel>муж[а]?|жен[аы]|отца|матери|сына|дочери|брата|сестры|мужа)\\s*[-–]\\s*"
                    + "(?<name>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})");

    private VerdictPhrase() {}

    /** «Приговорен: <organ> <date>, обв.: <charges>.» */
    static void sentenced(String text, BiConsumer<Field, String> out) {
        Matcher charges = CHARGES_MARK.matcher(text);
        boolean hasCharges = charges.find();
        String organAndDate = Punctuation.trim(hasCharges ? text.substring(0, charges.start()) : text);
        String chargesText = hasCharges ? Punctuation.trim(text.substring(charges.end())) : null;
        if (!organAndDate.isEmpty()) {
            Optional<DatePhrase.Span> date = DatePhrase.atEnd(organAndDate).or(() -> DatePhrase.first(organAndDate));
            if (date.isPresent()) {
                String before = Punctuation.trim(organAndDate.substring(0, date.get().start()));
                String after = Punctuation.trim(organAndDate.substring(date.get().end()));
                String organ = after.isEmpty() ? before : (before + " " + after).trim();
                if (!organ.isEmpty()) {
                    out.accept(Field.SENTENCED_BY, organ);
                }
                out.accept(Field.SENTENCE_DATE, Punctuation.trim(date.get().in(organAndDate)));
            } else {
                out.accept(Field.SENTENCED_BY, organAndDate);
            }
        }
        if (chargesText != null && !chargesText.isEmpty()) {
            out.accept(Field.CHARGES, chargesText);
        }
    }

    /** «Приговор: …» in any of its three shapes. */
    static void verdict(String text, BiConsumer<Field, String> out) {
        String t = Punctuation.trim(text);
        if (CHARGES_MARK.matcher(t).find()) {
            sentenced(t, out);
            return;
        }
        Matcher ods = ORGAN_DATE_SENTENCE.matcher(t);
        if (ods.matches() && !MOVEMENT.matcher(ods.group("organ")).find()) {
            out.accept(Field.SENTENCED_BY, Punctuation.trim(ods.group("organ")));
            out.accept(Field.SENTENCE_DATE, ods.group("date"));
            String sentence = ods.group("sentence");
            if (sentence != null && !Punctuation.trim(sentence).isEmpty()) {
                sentenceAndMovements(sentence, out);
            }
            return;
        }
        sentenceAndMovements(t, out);
    }

    private static void sentenceAndMovements(String text, BiConsumer<Field, String> out) {
        Matcher movement = MOVEMENT.matcher(text);
        String sentence = text;
        String movements = null;
        if (movement.find()) {
            sentence = text.substring(0, movement.start());
            movements = Punctuation.trim(text.substring(movement.start()));
        }
        sentence = Punctuation.trim(sentence);
        if (!sentence.isEmpty()) {
            out.accept(Field.SENTENCE, sentence);
            family(sentence, out);
        }
        if (movements != null && !movements.isEmpty()) {
            out.accept(Field.CAMP_MOVEMENTS, movements);
        }
    }

    /** A relative named inside a sentence («в составе семьи мужа - Гришина Алексея Алексеевича»): also given as FAMILY. */
    static void family(String text, BiConsumer<Field, String> out) {
        Matcher m = FAMILY.matcher(text);
        while (m.find()) {
            out.accept(Field.FAMILY, m.group());
        }
    }
}
