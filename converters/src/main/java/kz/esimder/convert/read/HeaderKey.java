package kz.esimder.convert.read;

import java.util.Locale;

/** The form in which headers are compared: «Год  рождения:», «год рождения» and «ГОД_РОЖДЕНИЯ» are one header. */
final class HeaderKey {

    private HeaderKey() {}

    static String of(String header) {
        String h = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace('ё', 'е');
        h = h.replaceAll("[_\\s\\u00a0-]+", " ").strip();
        while (h.endsWith(":") || h.endsWith("*")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h;
    }
}
