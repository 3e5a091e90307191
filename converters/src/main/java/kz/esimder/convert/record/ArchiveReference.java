package kz.esimder.convert.record;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An archive reference as written («РГАСПИ, ф.17, оп.171, д.410, л.156») with the parts that could
 * be read from it. A part that is not there stays empty; the text is always kept.
 */
public record ArchiveReference(String text, String archiveName, String fond, String opis, String delo, String sheets) {

    // «ф.17», «ф. Р-1234», «оп.171», «д.410», «л.156», «лл.12-14», «л. 3об.»: the Russian abbreviations
    // of fond, opis, delo and list(y), always with their dot (or the full word) so that a word that
    // merely starts with «д» is no part. Each part ends at the next comma.
    private static final Pattern FOND = part("ф\\.|фонд\\s");
    private static final Pattern OPIS = part("оп\\.|опись\\s");
    private static final Pattern DELO = part("д\\.|дело\\s");
    private static final Pattern SHEETS = part("лл?\\.|лист[ыа]?\\s");

    public ArchiveReference {
        Objects.requireNonNull(text, "text");
    }

    /** Reads the parts of a reference; never fails, a reference it cannot split keeps only its text. */
    public static ArchiveReference parse(String text) {
        String t = text.strip();
        int firstComma = t.indexOf(',');
        String head = firstComma > 0 ? t.substring(0, firstComma).strip() : null;
        // The archive is the leading word when it is not itself one of the parts («РГАСПИ», «ЦА ФСБ»).
        String archive = head != null && !startsWithPart(head) ? head : null;
        return new ArchiveReference(t, archive, part(FOND, t), part(OPIS, t), part(DELO, t), part(SHEETS, t));
    }

    private static boolean startsWithPart(String s) {
        return FOND.matcher(s).lookingAt() || OPIS.matcher(s).lookingAt()
                || DELO.matcher(s).lookingAt() || SHEETS.matcher(s).lookingAt();
    }

    /** An abbreviation (with its dot, or the full word) at the start of a part, and the part's value. */
    private static Pattern part(String abbreviation) {
        return Pattern.compile("(?iu)(?:^|[\\s,;])(?:" + abbreviation + ")\\s*([^,;]+)");
    }

    private static String part(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    public Optional<String> archive() { return Optional.ofNullable(archiveName); }
    public Optional<String> fondNumber() { return Optional.ofNullable(fond); }
    public Optional<String> opisNumber() { return Optional.ofNullable(opis); }
    public Optional<String> deloNumber() { return Optional.ofNullable(delo); }
    public Optional<String> sheetNumbers() { return Optional.ofNullable(sheets); }
}
