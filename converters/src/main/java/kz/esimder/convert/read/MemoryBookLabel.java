package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that open a fact in memory-book text, in the spellings the three Memorial styles use
 * («Родилась в …», «Род. в …», «род. …», «Арест.», «Рассстрелян» with the source's own typo). A
 * label counts only where a fact can begin: at the start of a line or after a «.» or «;» — so
 * «обв.:» inside a verdict line or «род. на спецпоселении» inside a sentence stays where it is.
 */
enum MemoryBookLabel {
    BIRTH("Родил(?:ся|ась)(?!\\p{L})|[Рр]од\\.|р\\.(?=\\s*\\d)"),
    RESIDENCE("Проживал[аи]?(?!\\p{L})|Прож\\.|Адрес:"),
    ARREST("Арестован[аы]?(?!\\p{L})|Арест\\."),
    SENTENCED("Приговорен[аы]?(?!\\p{L})|Осужден[аы]?(?!\\p{L})"),
    CHARGES("Обв\\.|Обвинение:"),
    VERDICT("Приговор\\s*:"),
    EXECUTION("Рас{2,3}трелян[аы]?(?!\\p{L})"),
    BURIAL("Место захоронения"),
    REHABILITATION("Реабилитирован[аы]?(?!\\p{L})|Реабил\\."),
    SOURCE("Источник\\s*:|(?<=^|\\n)(?:Сведения\\s|Книга памяти)"),
    NAME_VARIANTS("(?<=^|\\n)\\(\\s*варианты"),
    FAMILY("(?<=^|\\n)(?:Муж|Жена|Сын|Дочь|Отец|Мать|Брат|Сестра)(?=\\s*[-–:])");

    private static final Pattern ANY;

    static {
        StringBuilder sb = new StringBuilder();
        for (MemoryBookLabel label : values()) {
            if (!sb.isEmpty()) {
                sb.append('|');
            }
            sb.append("(?<").append(label.group()).append('>').append(label.regex).append(')');
        }
        ANY = Pattern.compile(sb.toString());
    }

    private final String regex;

    MemoryBookLabel(String regex) {
        this.regex = regex;
    }

    private String group() {
        return name().replace("_", "");
    }

    /** One label found in a text: which, where it starts, where its value starts, and the label as written. */
    record Occurrence(MemoryBookLabel label, int start, int valueStart, String asWritten) {

        /** «а»/«ась» endings mark a woman, the bare forms a man; plural and abbreviated labels say nothing. */
        String gender() {
            if (label == BIRTH) {
                return asWritten.startsWith("Родилась") ? "ж" : asWritten.startsWith("Родился") ? "м" : null;
            }
            if (asWritten.endsWith(".") || asWritten.endsWith(":") || label == SOURCE || label == BURIAL
                    || label == CHARGES || label == VERDICT || label == NAME_VARIANTS || label == FAMILY) {
                return null;
            }
            if (asWritten.endsWith("ы") || asWritten.endsWith("и")) {
                return null;
            }
            return asWritten.endsWith("а") ? "ж" : "м";
        }
    }

    /** Every label occurrence in one line of text, in order, where a fact can begin. */
    static List<Occurrence> find(String line) {
        List<Occurrence> found = new ArrayList<>();
        Matcher m = ANY.matcher(line);
        while (m.find()) {
            if (!atFactBoundary(line, m.start())) {
                continue;
            }
            for (MemoryBookLabel label : values()) {
                if (m.group(label.group()) != null) {
                    found.add(new Occurrence(label, m.start(), m.end(), m.group()));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean atFactBoundary(String line, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = line.charAt(i);
        return (c == '.' || c == ';') && i < at - 1;
    }
}
