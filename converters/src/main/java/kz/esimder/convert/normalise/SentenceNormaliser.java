package kz.esimder.convert.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences: «ВМН», «расстрел», «к 8 годам ИТЛ», «10 лет ИТЛ», «3 года ссылки в Казахстан»,
 * «5 лет л.с.», «высылка в Сев.-Казахст. обл. Казахской ССР на 5 л.», «выселена в Казахстан (по нац.
 * признаку)», special settlement and dekulakization of whole families, «дело прекращено».
 * Camp movements, releases and an execution written after the sentence become
 * {@link Sentence#outcomes()}.
 *
 * <p>Kinds, first match wins: a commuted death sentence («ВМН заменена 10 лет ИТЛ») is the
 * sentence it was commuted to; dekulakization before special settlement before deportation
 * («выселен», the deportation of peoples — kind {@code deportation}) before banishment
 * («высылка») before exile («ссылка»); «лишение свободы» and «л.с.» are {@code camp}, where the
 * Soviet system served them. Thread-safe.
 */
public final class SentenceNormaliser {
    private final ParseCache<Sentence> cache = new ParseCache<>(this::read);

    /** Every pattern here is lower case and matches {@link Lower#of} of the text. */
    private static final int FLAGS = 0;

    private record Kind(Pattern pattern, String kind) {
    }

    /** «ВМН заменена 10 лет ИТЛ», «с заменой высылкой», «приговор заменен на ссылку»: what follows is the sentence served. */
    private static final Pattern COMMUTED = Lower.compile("(?<!\\p{L})(?:замен[аеёи]\\p{L}*|заменой)(?:\\s+на)?", FLAGS);
    /** Kinds told apart by which word comes first, not by priority. */
    private static final List<String> BY_POSITION = List.of("deportation", "banishment", "exile");
    private static final List<Kind> KINDS = List.of(
            kind("раскулач", "dekulakization"),
            kind("спец\\.?\\s?посел|спецпереселен|труд\\p{L}*посел|(?<!\\p{L})с/п(?!\\p{L})|арнайы\\s+қоныс", "special-settlement"),
            kind("(?<!\\p{L})(?:вмн|высш\\p{L}*\\s+мер\\p{L}*\\s+наказани\\p{L}*|расстрел(?:у|а|ян|яна|яны)?|ату\\s+жаза\\p{L}*|атуға)(?!\\p{L})",
                    "death"),
            kind("(?<!\\p{L})(?:итл|лагер\\p{L}*|лагерь|еңбекпен\\s+түзеу\\p{L}*|бас\\s+бостандығынан\\s+айыр\\p{L}*|концлагер\\p{L}*|исправительно-трудов\\p{L}*|л\\.\\s?с\\.?(?!\\p{L})"
                    + "|лишени\\p{L}*\\s+свобод\\p{L}*|лиш\\.\\s?св\\.?|л/св\\.?)", "camp"),
            kind("тюр[ье]м\\p{L}*|тюремн\\p{L}*|политизолятор\\p{L}*", "prison"),
            kind("выселен\\p{L}*|выселени\\p{L}*|выселить|выселя\\p{L}*", "deportation"),
            kind("высыл\\p{L}*|выслан\\p{L}*|выслать", "banishment"),
            kind("ссыл[кь]\\p{L}*|сослан\\p{L}*|жер\\s+аудар\\p{L}*", "exile"),
            kind("ақталды|босатылды|оправдан\\p{L}*|дело\\s+прекращено|дело\\s+\\p{L}*\\s*прекращено|прекращ\\p{L}*\\s+дел\\p{L}*"
                    + "|освобожд\\p{L}*|освобожден\\p{L}*", "release"),
            kind("трудармия|трудармию|трудовую армию|условно|принудработ\\p{L}*|исправительно-трудовы\\p{L}*\\s+работ"
                    + "|штраф\\p{L}*|поражени\\p{L}*\\s+в\\s+правах", "other"));

    private static final Pattern TERM = Lower.compile(
            "(?<!\\d[.,]?)(?<n>\\d{1,2}(?:[.,]\\d)?)\\s*(?<unit>год\\p{L}*|лет|г\\.|л\\.|г(?!\\p{L})|л(?!\\p{L})|жыл\\p{L}*|мес\\p{L}*\\.?|ай(?!\\p{L}))"
                    + "(?:\\s*(?<m>\\d{1,2})\\s*мес\\p{L}*\\.?)?"
                    + "(?!\\s*(?:поражени|п/п|в\\s+правах))", FLAGS);
    private static final Pattern DESTINATION = Lower.compile(
            "(?:\\s-\\s*|\\s[вк]о?\\s+(?!(?:итл|лагер|ссылк|высылк|спецпосел)))(?<text>.+?)"
                    + "(?=\\s+на\\s+\\d|\\s+на\\s+тот\\s+же|\\s+сроком|\\s+до\\s+\\d|\\s*\\(|\\s+как\\s|\\s+по\\s+нац|,\\s*(?:прибыл|убыл|отбыв)"
                    + "|$)",
            FLAGS);

    private final OutcomeNormaliser outcomes;

    public SentenceNormaliser(OutcomeNormaliser outcomes) {
        this.outcomes = outcomes;
    }

    private static Kind kind(String regex, String kind) {
        return new Kind(Lower.compile(regex, FLAGS), kind);
    }

    /** The sentence of a text; partial when the outcomes after it leave text not understood. */
    public Parsed<Sentence> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Sentence> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no sentence given");
        }
        Matcher verb = Lower.matcher(OutcomeNormaliser.VERB, text);
        int split = verb.find() ? verb.start() : text.length();
        String main = text.substring(0, split);
        Matcher commuted = Lower.matcher(COMMUTED, main);
        String served = main;
        if (commuted.find() && kind(main.substring(commuted.end())).isPresent()) {
            served = main.substring(commuted.end());
        }
        Optional<Matcher> kind = kind(served);
        if (kind.isEmpty() && main.isBlank()) {
            // «расстрелян», «освобожден под подписку о невыезде», «Находился на положении спецпереселенца»:
            // the sentence is told by what happened.
            served = text;
            kind = kind(text);
        }
        if (kind.isEmpty()) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no sentence kind recognised");
        }
        String sentenceKind = kindOf(kind.get());
        // «к 5 г. ИТЛ с заменой высылкой в Казахстан на тот же срок»: the term is the one before.
        BigDecimal term = sentenceKind.equals("death") ? null
                : Optional.ofNullable(term(served)).orElseGet(() -> term(main));
        String destination = switch (sentenceKind) {
            case "exile", "banishment", "special-settlement", "deportation", "dekulakization" ->
                    destination(served.substring(kind.get().start()));
            default -> null;
        };
        List<OutcomeEvent> events = new ArrayList<>();
        String rest = null;
        if (split < text.length()) {
            Parsed<Outcomes> after = outcomes.parse(text.substring(split));
            events.addAll(after.value().map(Outcomes::events).orElse(List.of()));
            rest = after.unparsed().orElse(null);
        }
        if (!sentenceKind.equals("camp") && !sentenceKind.equals("prison")) {
            // «5 лет ссылки, отбыв.: Акмолинская обл.»: where an exile was served is no imprisonment
            // but the exile's place.
            for (OutcomeEvent e : List.copyOf(events)) {
                if (e.eventType().equals("imprisonment") && e.movement() == null && e.camp() == null && e.campText() != null) {
                    events.remove(e);
                    destination = destination == null ? e.campText() : destination;
                }
            }
        }
        Sentence value = new Sentence(sentenceKind, term, destination, events);
        return rest == null ? Parsed.ok(text, value) : Parsed.partial(text, value, rest);
    }

    /** The kind's match in the text: by priority, then the earliest of deportation, banishment, exile. */
    private static Optional<Matcher> kind(String text) {
        String lower = Lower.of(text);
        for (Kind k : KINDS) {
            Matcher m = k.pattern().matcher(lower);
            if (m.find()) {
                if (!BY_POSITION.contains(k.kind())) {
                    return Optional.of(m);
                }
                Matcher earliest = m;
                for (Kind other : KINDS) {
                    Matcher o = other.pattern().matcher(lower);
                    if (BY_POSITION.contains(other.kind()) && o.find() && o.start() < earliest.start()) {
                        earliest = o;
                    }
                }
                return Optional.of(earliest);
            }
        }
        return Optional.empty();
    }

    private static String kindOf(Matcher m) {
        return KINDS.stream().filter(k -> k.pattern() == m.pattern()).map(Kind::kind).findFirst().orElseThrow();
    }

    /** The first term that is not a loss of rights: «10 лет», «к 8 годам», «на 5 л.», «6 мес.», «1 год 6 мес.». */
    private static BigDecimal term(String text) {
        Matcher m = Lower.matcher(TERM, text);
        if (!m.find()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group("n").replace(',', '.'));
        if (m.group("unit").startsWith("мес") || m.group("unit").equals("ай")) {
            return plain(n.divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP));
        }
        if (m.group("m") != null) {
            n = n.add(new BigDecimal(m.group("m")).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP));
        }
        return plain(n);
    }

    /** Without trailing zeros, and never in exponent form: 10, not 1E+1 (xsd:decimal has no exponent). */
    private static BigDecimal plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String destination(String text) {
        Matcher m = Lower.matcher(DESTINATION, text);
        while (m.find()) {
            String d = Trim.around(Lower.group(m, text, "text"));
            if (!d.isEmpty() && !d.matches("(?iu)\\d.*|спецпосел\\p{L}*|составе\\s.*")) {
                return d;
            }
        }
        return null;
    }
}
