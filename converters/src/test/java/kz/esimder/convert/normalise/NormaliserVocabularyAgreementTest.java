package kz.esimder.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.esimder.ontology.OntologyFiles;
import kz.esimder.ontology.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every concept local name the normalisers can emit is a concept of its scheme in the ontology's
 * vocabularies: a name the vocabulary lacks would reach the data as a dangling IRI (or be reported
 * unparsed by a consumer that checks). Dictionaries and date- or number-keyed tables are checked
 * whole; names built in code (organs, sentence kinds, grounds) are checked through one call per
 * name; then everything the normalisers make of the fixtures is checked too.
 */
class NormaliserVocabularyAgreementTest {

    private static final Model VOCABULARIES = OntologyFiles.vocabularies();
    private static final String FIXTURES = "/fixtures/";

    private final DateNormaliser dates = new DateNormaliser();
    private final OrganNormaliser organs = new OrganNormaliser();
    private final ChargeNormaliser charges = new ChargeNormaliser(dates);
    private final OutcomeNormaliser outcomes = new OutcomeNormaliser(dates);
    private final SentenceNormaliser sentences = new SentenceNormaliser(outcomes);
    private final RehabilitationNormaliser rehabilitations = new RehabilitationNormaliser(dates, organs);
    private final NationalityNormaliser nationalities = new NationalityNormaliser();

    /** «scheme/local-name (where from)» for every emitted name not in its scheme. */
    private final Set<String> missing = new TreeSet<>();
    /** How many names were checked: guards against a test that silently checks nothing. */
    private int checked;

    @AfterEach
    void nothingMissing() {
        assertThat(missing).as("concepts emitted by the normalisers but absent from their vocabulary").isEmpty();
    }

    private void expect(String scheme, String localName, String from) {
        if (localName == null) {
            return;
        }
        checked++;
        if (!VOCABULARIES.contains(Vocab.concept(scheme, localName), SKOS.inScheme, Vocab.scheme(scheme))) {
            missing.add(scheme + "/" + localName + " (" + from + ")");
        }
    }

    private void expectEither(String scheme, String otherScheme, String localName, String from) {
        boolean inOther = VOCABULARIES.contains(Vocab.concept(otherScheme, localName), SKOS.inScheme, Vocab.scheme(otherScheme));
        expect(inOther ? otherScheme : scheme, localName, from);
    }

    @Test
    void everyNationalityOfTheDictionary() throws IOException {
        try (BufferedReader r = reader(NationalityNormaliser.class.getResourceAsStream("nationalities.txt"))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains(":"))
                    .forEach(l -> expect(Vocab.NATIONALITY, l.substring(0, l.indexOf(':')).strip(), "nationalities.txt"));
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(nationalities.parse("цыганка").value().orElseThrow().localName()).isEqualTo("gypsy");
    }

    @Test
    void everyActKnownByItsDateOrNumber() {
        int acts = 0;
        for (LocalDate d = LocalDate.of(1917, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(1)) {
            FuzzyDate day = FuzzyDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.toString());
            var act = NormativeActs.act(day);
            if (act.isPresent()) {
                expect(Vocab.NORMATIVE_ACT, act.get(), "act of " + d);
                acts++;
            }
            var basis = NormativeActs.rehabilitationAct(day);
            if (basis.isPresent()) {
                expectEither(Vocab.REHABILITATION_BASIS, Vocab.NORMATIVE_ACT, basis.get(), "rehabilitation act of " + d);
            }
        }
        int orders = 0;
        for (int n = 0; n <= 999; n++) {
            for (String number : List.of(String.format("00%03d", n), String.valueOf(n))) {
                Matcher m = NormativeActs.NUMBERED_ORDER.matcher(Lower.of("приказ НКВД СССР № " + number));
                if (m.find() && NormativeActs.order(m).isPresent()) {
                    expect(Vocab.NORMATIVE_ACT, NormativeActs.order(m).get(), "order № " + number);
                    orders++;
                }
            }
        }
        assertThat(acts).as("acts known by date").isGreaterThanOrEqualTo(19);
        assertThat(orders).as("orders known by number").isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyChargeGroundAndRehabilitationGround() {
        Map<String, String> grounds = new LinkedHashMap<>();
        grounds.put("как ЧСИР", "chsir");
        grounds.put("СОЭ", "soe");
        grounds.put("СВЭ", "sve");
        grounds.put("контрреволюционная троцкистская деятельность", "krtd");
        grounds.put("КРД", "kro");
        grounds.put("а/с агитация", "58-10");
        grounds.put("шпионаж", "58-6");
        grounds.put("кулак", "kulak");
        grounds.put("по нац. признаку", "ethnicity");
        grounds.put("беженец", "refugee");
        grounds.put("58-10, 59-1 УК РСФСР", "59-1");
        grounds.put("58-10, 59-6 УК РСФСР.", "59-6");
        grounds.put("75, 24, 70 УК БССР - саботаж, а/с агитация.", "bssr-24");
        grounds.put("64, 76 УК БССР - участие в белопольской повстанческой организации.", "bssr-64");
        grounds.put("65, 72б УК БССР - пособ.нем.оккуп., а/с агитация.", "bssr-72b");
        grounds.put("68 УК БССР - Шпионаж в пользу Польши.", "bssr-68");
        grounds.put("69, 76 УК БССР - член вред.орг-ции.", "bssr-69");
        grounds.put("72а, 74 УК БССР - а/с агитация.", "bssr-72a");
        grounds.put("72 УК БССР - А/с агитация.", "bssr-72");
        grounds.forEach((text, local) -> {
            List<String> found = charges.parse(text).value().orElseThrow().charges().stream().map(Charge::localName).toList();
            assertThat(found).as(text).contains(local);
            found.forEach(c -> expect(Vocab.CHARGE, c, text));
        });
        Map<String, String> rehabilitationGrounds = Map.of(
                "за отсутствием состава преступления", "no-corpus-delicti",
                "за отсутствием события преступления", "no-event-of-crime",
                "за недоказанностью состава преступления", "insufficient-evidence");
        rehabilitationGrounds.forEach((text, local) -> {
            String ground = rehabilitations.parse(text).value().orElseThrow().ground();
            assertThat(ground).as(text).isEqualTo(local);
            expect(Vocab.REHABILITATION_BASIS, ground, text);
        });
    }

    @Test
    void everySentenceKindAndOutcomeEventTypeAndCamp() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("ВМН", "death");
        kinds.put("к 8 годам ИТЛ", "camp");
        kinds.put("5 лет тюремного заключения", "prison");
        kinds.put("3 года ссылки в Казахстан", "exile");
        kinds.put("высылка в Казахстан на 3 года", "banishment");
        kinds.put("выселены на спецпоселение в Павлодарскую обл.", "special-settlement");
        kinds.put("раскулачены", "dekulakization");
        kinds.put("выселена в Казахстан (по нац. признаку)", "deportation");
        kinds.put("дело прекращено", "release");
        kinds.put("мобилизован в трудармию", "other");
        kinds.forEach((text, kind) -> {
            Sentence s = sentences.parse(text).value().orElseThrow();
            assertThat(s.kind()).as(text).isEqualTo(kind);
            expect(Vocab.SENTENCE_KIND, s.kind(), text);
            expect(Vocab.EVENT_TYPE, s.eventType(), text);
        });
        Set<String> eventTypes = new TreeSet<>();
        for (String text : List.of("Расстрелян 09.05.1938", "Освобождена 21.11.1945", "Умер 8.1.43 в заключении",
                "Умерла 1.06.1943", "Прибыла в Карлаг 03.11.1940", "Убыла из Карлага 01.11.1940 в Джезказган",
                "Прибыла в АЛЖИР 07.05.1938", "Прибыл в Степлаг 1950", "Прибыл в Песчанлаг 1950",
                "Прибыл в Луглаг 1951", "Прибыл в Прорвлаг 1952")) {
            for (OutcomeEvent e : outcomes.parse(text).value().orElseThrow().events()) {
                eventTypes.add(e.eventType());
                expect(Vocab.EVENT_TYPE, e.eventType(), text);
                expect(Vocab.CAMP, e.camp(), text);
            }
        }
        assertThat(eventTypes).containsExactlyInAnyOrder("execution", "release", "death-in-custody", "death", "imprisonment");
        for (DatePrecision p : DatePrecision.values()) {
            expect(Vocab.PRECISION, p.notation(), p.name());
        }
        for (Gender g : Gender.values()) {
            expect(Vocab.GENDER, g.notation(), g.name());
        }
    }

    @Test
    void everyOrganAndOrganKind() {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("ВЧК", "vchk");
        named.put("ГПУ", "gpu");
        named.put("ОГПУ", "ogpu");
        named.put("ПП ОГПУ в КазАССР", "ogpu-pp-kazakhstan");
        named.put("Тройка ОГПУ", "ogpu-troika");
        named.put("Тройка при ПП ОГПУ в КазАССР", "ogpu-troika-kazakhstan");
        named.put("Коллегия ОГПУ", "ogpu-collegium");
        named.put("Особое совещание коллегии ОГПУ ТАССР", "ogpu-special-board");
        named.put("НКВД СССР", "nkvd-ussr");
        named.put("НКВД КазССР", "nkvd-kazakh-ssr");
        named.put("УНКВД", "unkvd");
        named.put("Тройка НКВД", "nkvd-troika");
        named.put("Комиссия НКВД и Прокурора СССР", "nkvd-dvoika");
        named.put("ОСО при НКВД СССР", "nkvd-special-board");
        named.put("НКГБ", "nkgb");
        named.put("МГБ", "mgb");
        named.put("ОСО при МГБ СССР", "mgb-special-board");
        named.put("МВД", "mvd");
        named.put("ОСО при МВД СССР", "mvd-special-board");
        named.put("КГБ", "kgb");
        named.put("ВК ВС СССР", "military-collegium");
        named.put("выездная сессия ВК ВС СССР в г. Алма-Ата", "military-collegium-visiting-session");
        named.put("Верховный суд СССР", "supreme-court-ussr");
        named.put("Верховный суд КазССР", "supreme-court-kazakh-ssr");
        named.put("Спецколлегия Верховного суда РСФСР в Казахстане", "supreme-court-rsfsr-kazakh-branch");
        named.put("Карагандинский облсуд", "oblast-court");
        named.put("Нарсуд", "peoples-court");
        named.put("Линейный суд", "transport-court");
        named.put("Ревтрибунал", "revolutionary-tribunal");
        named.put("Военный трибунал ТуркВО", "military-tribunal");
        named.put("Актюбинская облпрокуратура", "prosecutor");
        named.put("Прокуратура КазССР", "prosecutor-kazakh-ssr");
        named.put("Прокуратура РК", "prosecutor-general-kazakhstan");
        named.put("Военная прокуратура ТуркВО", "military-prosecutor");
        named.put("РИК", "district-executive-committee");
        Map<String, String> oblasts = new LinkedHashMap<>();
        oblasts.put("Карагандинской", "karaganda");
        oblasts.put("Алма-Атинской", "alma-ata");
        oblasts.put("Южно-Казахстанской", "south-kazakhstan");
        oblasts.put("Восточно-Казахстанской", "east-kazakhstan");
        oblasts.put("Северо-Казахстанской", "north-kazakhstan");
        oblasts.put("Западно-Казахстанской", "west-kazakhstan");
        oblasts.put("Актюбинской", "aktyubinsk");
        oblasts.put("Кустанайской", "kustanay");
        oblasts.put("Павлодарской", "pavlodar");
        oblasts.put("Акмолинской", "akmolinsk");
        oblasts.put("Гурьевской", "guryev");
        oblasts.put("Семипалатинской", "semipalatinsk");
        oblasts.put("Кзыл-Ординской", "kzyl-orda");
        oblasts.put("Джамбулской", "dzhambul");
        oblasts.put("Талды-Курганской", "taldy-kurgan");
        oblasts.put("Кокчетавской", "kokchetav");
        oblasts.forEach((adjective, oblast) -> {
            named.put("УНКВД по " + adjective + " обл.", "unkvd-" + oblast);
            Organ troika = organs.parse("Тройка УНКВД по " + adjective + " обл.").value().orElseThrow();
            assertThat(troika.region()).isEqualTo(oblast);
            expect(Vocab.PLACE, troika.region(), adjective);
            expect(Vocab.ORGAN, troika.organ(), "troika of " + adjective);
        });
        Set<String> kinds = new TreeSet<>();
        named.forEach((text, local) -> {
            Organ organ = organs.parse(text).value().orElseThrow();
            assertThat(organ.organ()).as(text).isEqualTo(local);
            expect(Vocab.ORGAN, organ.organ(), text);
            expect(Vocab.ORGAN_KIND, organ.kind(), text);
            kinds.add(organ.kind());
        });
        for (String text : List.of("Тройка обкома, ревкома, облЧК", "Президиум Верховного Совета СССР",
                "Комиссия по пересмотру дел")) {
            Organ organ = organs.parse(text).value().orElseThrow();
            expect(Vocab.ORGAN_KIND, organ.kind(), text);
            kinds.add(organ.kind());
        }
        assertThat(kinds).containsExactlyInAnyOrder("troika", "dvoika", "special-board", "ogpu-collegium", "military-collegium",
                "military-tribunal", "court", "security-organ", "prosecutor", "executive", "other");
    }

    /** The memory-book lines and the partner export of the fixtures, each field through its normaliser. */
    @Test
    void everyConceptMadeOfTheFixtures() throws IOException {
        Pattern labelled = Pattern.compile("^(Родил(?:ся|ась)|Приговорен[аы]?:|Приговор:|Реабилитирован[аы]?)\\s*(.*)$");
        Pattern charge = Pattern.compile("обв\\.?:\\s*(.*)$");
        try (BufferedReader r = reader(fixture("memorial-lists/kz-records-excerpt.txt"))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = labelled.matcher(line.strip());
                if (!m.matches()) {
                    continue;
                }
                String label = m.group(1);
                String value = m.group(2);
                if (label.startsWith("Родил")) {
                    String[] parts = value.split(";");
                    if (parts.length > 1) {
                        nationality(parts[1].strip());
                    }
                } else if (label.startsWith("Приговорен")) {
                    Matcher c = charge.matcher(value);
                    if (c.find()) {
                        charges(c.group(1));
                    }
                    organ(value.replaceAll("(?:\\d|,?\\s*обв\\.?:).*$", "").strip());
                } else if (label.startsWith("Приговор")) {
                    sentence(value);
                } else {
                    rehabilitation(value);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = reader(fixture("card-files/partner-export.jsonl"))) {
            for (String line : r.lines().filter(l -> !l.isBlank()).toList()) {
                JsonNode record = json.readTree(line);
                nationality(record.path("nationality").asText(null));
                charges(record.path("charges").asText(null));
                organ(record.path("sentenced_by").asText(null));
                organ(record.path("rehabilitated_by").asText(null));
                sentence(record.path("sentence").asText(null));
                rehabilitation(record.path("rehabilitation_basis").asText(null));
            }
        }
        assertThat(checked).as("concepts checked over the fixtures").isGreaterThan(200);
    }

    private void nationality(String text) {
        nationalities.parse(text).value().ifPresent(n -> expect(Vocab.NATIONALITY, n.localName(), text));
    }

    private void charges(String text) {
        charges.parse(text).value().ifPresent(c -> {
            c.charges().forEach(ch -> expect(Vocab.CHARGE, ch.localName(), text));
            c.normativeActs().forEach(a -> expect(Vocab.NORMATIVE_ACT, a, text));
        });
    }

    private void organ(String text) {
        organs.parse(text).value().ifPresent(o -> organ(o, text));
    }

    private void organ(Organ o, String text) {
        expect(Vocab.ORGAN, o.organ(), text);
        expect(Vocab.ORGAN_KIND, o.kind(), text);
        expect(Vocab.PLACE, o.region(), text);
    }

    private void sentence(String text) {
        sentences.parse(text).value().ifPresent(s -> {
            expect(Vocab.SENTENCE_KIND, s.kind(), text);
            expect(Vocab.EVENT_TYPE, s.eventType(), text);
            s.outcomes().forEach(e -> {
                expect(Vocab.EVENT_TYPE, e.eventType(), text);
                expect(Vocab.CAMP, e.camp(), text);
            });
        });
    }

    private void rehabilitation(String text) {
        rehabilitations.parse(text).value().ifPresent(r -> {
            expect(Vocab.REHABILITATION_BASIS, r.ground(), text);
            if (r.basis() != null) {
                expectEither(Vocab.REHABILITATION_BASIS, Vocab.NORMATIVE_ACT, r.basis(), text);
            }
            if (r.organ() != null) {
                organ(r.organ(), text);
            }
        });
    }

    private static InputStream fixture(String path) {
        return Objects.requireNonNull(NormaliserVocabularyAgreementTest.class.getResourceAsStream(FIXTURES + path), path);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "resource"), StandardCharsets.UTF_8));
    }
}
