package kz.esimder.convert.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decrees, resolutions, orders and laws cited in charges and rehabilitations, named
 * {@code {kind}-{yyyy-mm-dd}} from the act's kind word and its date: «постановление ЦИК и СНК СССР от
 * 01.02.1930» → {@code resolution-1930-02-01}, «Указ ПВС СССР от 28.08.41» → {@code decree-1941-08-28},
 * «Закон РК от 14.04.1993» → {@code law-1993-04-14}; numbered NKVD orders by number
 * ({@code order-00447}). Only a full date (day precision) names an act: an act with a year alone
 * is not identified.
 */
final class NormativeActs {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** The kind word, and up to 120 characters of issuer and title before «от». */
    static final Pattern ACT = Pattern.compile(
            "(?<kind>постановлени\\p{L}*|пост\\.|указ\\p{L}*|приказ\\p{L}*|распоряжени\\p{L}*|директив\\p{L}*"
                    + "|закон\\p{L}*|инструкци\\p{L}*|решени\\p{L}*)(?<issuer>[^;]{0,120}?)\\bот\\s+",
            FLAGS);
    /** A numbered order without a date: «приказ НКВД СССР № 00447». */
    static final Pattern NUMBERED_ORDER = Pattern.compile(
            "(?:оперативн\\p{L}*\\s+)?приказ\\p{L}*\\s+(?:нквд\\s+(?:ссср\\s+)?)?№\\s*(?<number>00\\d{3}|270)\\b", FLAGS);

    private NormativeActs() {
    }

    /** The local-name prefix for an act's kind word. */
    static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("пост")) {
            return "resolution";
        }
        if (w.startsWith("указ")) {
            return "decree";
        }
        if (w.startsWith("приказ")) {
            return "order";
        }
        if (w.startsWith("распоряж")) {
            return "directive";
        }
        if (w.startsWith("директив")) {
            return "directive";
        }
        if (w.startsWith("закон")) {
            return "law";
        }
        if (w.startsWith("инструкц")) {
            return "instruction";
        }
        return "decision";
    }

    /**
     * The local name for an act whose kind word matched {@code m} and whose date is {@code date};
     * the RSFSR and Kazakhstan rehabilitation laws get their jurisdiction
     * ({@code law-rsfsr-1991-10-18}, {@code law-rk-1993-04-14}).
     */
    static Optional<String> localName(Matcher m, FuzzyDate date) {
        if (date.precision() != DatePrecision.DAY) {
            return Optional.empty();
        }
        String kind = kind(m.group("kind"));
        String issuer = m.group("issuer").toLowerCase(Locale.ROOT);
        if (kind.equals("law")) {
            if (issuer.matches(".*\\bрк\\b.*|.*казахстан.*")) {
                kind = "law-rk";
            } else if (issuer.matches(".*рсфср.*|.*\\bрф\\b.*")) {
                kind = "law-rsfsr";
            } else if (date.isoLexical().equals("1991-10-18")) {
                // «по Закону от 18 октября 1991 г.»: the RSFSR law «On the rehabilitation of victims of political repression».
                kind = "law-rsfsr";
            } else if (date.isoLexical().equals("1993-04-14")) {
                kind = "law-rk";
            }
        }
        return Optional.of(kind + "-" + date.isoLexical());
    }
}
