package kz.esimder.convert.normalise;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decrees, resolutions, orders and laws cited in charges and rehabilitations, by the local names
 * of the {@code normative-act} and {@code rehabilitation-basis} vocabularies. An act is known by
 * its date (each act of these vocabularies has its own: «постановление ЦИК и СНК СССР от
 * 01.02.1930» → {@code ussr-1930-02-01-dekulakization}, «Указ ПВС СССР от 28.08.41» →
 * {@code deportation-volga-germans-1941}, «УКАЗ ПВС СССР ОТ 16.01.1989» → {@code ussr-1989-01-16}),
 * or a numbered order by its number ({@code nkvd-order-00447}). Only a full date identifies an
 * act; an act of another date is not named, and its text stays.
 */
final class NormativeActs {

    /** The kind word, and up to 120 characters of issuer and title before «от»; matches {@link Lower#of}. */
    static final Pattern ACT = Lower.compile(
            "(?<kind>постановлени\\p{L}*|пост\\.|указ\\p{L}*|приказ\\p{L}*|распоряжени\\p{L}*|директив\\p{L}*"
                    + "|закон\\p{L}*|инструкци\\p{L}*|решени\\p{L}*)(?<issuer>[^;]{0,120}?)\\bот\\s+");
    /** A numbered order without a date: «приказ НКВД СССР № 00447». */
    static final Pattern NUMBERED_ORDER = Lower.compile(
            "(?:оперативн\\p{L}*\\s+)?приказ\\p{L}*\\s+(?:нквд\\s+(?:ссср\\s+)?)?№\\s*(?<number>00\\d{3}|270)\\b");

    /** Acts of the {@code normative-act} scheme by their date (its {@code esm:validFrom}). */
    private static final Map<String, String> ACTS = Map.ofEntries(
            Map.entry("1928-08-27", "kazassr-1928-08-27-bai-confiscation"),
            Map.entry("1930-02-01", "ussr-1930-02-01-dekulakization"),
            Map.entry("1932-08-07", "ussr-1932-08-07"),
            Map.entry("1937-07-25", "nkvd-order-00439"),
            Map.entry("1937-07-30", "nkvd-order-00447"),
            Map.entry("1937-08-11", "nkvd-order-00485"),
            Map.entry("1937-08-15", "nkvd-order-00486"),
            Map.entry("1937-08-21", "deportation-koreans-1937"),
            Map.entry("1938-11-17", "nkvd-sovnarkom-1938-11-17"),
            Map.entry("1941-08-16", "stavka-order-270"),
            Map.entry("1941-08-28", "deportation-volga-germans-1941"),
            Map.entry("1941-09-22", "gko-1941-09-22-germans"),
            Map.entry("1943-10-12", "deportation-karachays-1943"),
            Map.entry("1943-12-27", "deportation-kalmyks-1943"),
            Map.entry("1944-03-07", "deportation-chechens-ingush-1944"),
            Map.entry("1944-04-08", "deportation-balkars-1944"),
            Map.entry("1944-05-11", "deportation-crimean-tatars-1944"),
            Map.entry("1944-07-31", "deportation-meskhetian-turks-1944"),
            Map.entry("1948-11-26", "special-settlers-1948-11-26"));
    /** Acts of the {@code rehabilitation-basis} scheme by their date. */
    private static final Map<String, String> REHABILITATION_ACTS = Map.of(
            "1989-01-16", "ussr-1989-01-16",
            "1990-08-13", "ussr-1990-08-13",
            "1991-10-18", "rsfsr-1991-10-18",
            "1993-04-14", "kz-1993-04-14");
    /** Numbered orders of the {@code normative-act} scheme. */
    private static final Map<String, String> ORDERS = Map.of(
            "00439", "nkvd-order-00439", "00447", "nkvd-order-00447", "00485", "nkvd-order-00485",
            "00486", "nkvd-order-00486", "270", "stavka-order-270");

    private NormativeActs() {
    }

    /** The act of the {@code normative-act} scheme dated {@code date}, if there is one and the date is a day. */
    static Optional<String> act(FuzzyDate date) {
        return date.precision() == DatePrecision.DAY ? Optional.ofNullable(ACTS.get(date.isoLexical())) : Optional.empty();
    }

    /**
     * The act a rehabilitation rests on: one of the {@code rehabilitation-basis} scheme, or else
     * one of the {@code normative-act} scheme, dated {@code date}.
     */
    static Optional<String> rehabilitationAct(FuzzyDate date) {
        if (date.precision() != DatePrecision.DAY) {
            return Optional.empty();
        }
        return Optional.ofNullable(REHABILITATION_ACTS.get(date.isoLexical())).or(() -> act(date));
    }

    /** The numbered order a {@link #NUMBERED_ORDER} match names. */
    static Optional<String> order(Matcher m) {
        return Optional.ofNullable(ORDERS.get(m.group("number")));
    }
}
