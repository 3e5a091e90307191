package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The codes, organs, places, camps and acts that issue 2 and docs/model.md require all exist, with their details. */
class RequiredConceptsTest {
    private static final Model ALL = OntologyFiles.vocabularies();
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final List<String> OBLASTS_1937 = List.of("karaganda", "alma-ata", "south-kazakhstan", "east-kazakhstan", "north-kazakhstan",
            "west-kazakhstan", "aktyubinsk", "kustanay", "pavlodar", "akmolinsk", "guryev", "semipalatinsk", "kzyl-orda", "dzhambul",
            "taldy-kurgan", "kokchetav");

    @Test
    void eventTypeNotations() {
        assertThat(VocabularyTest.notations(Vocab.EVENT_TYPE)).containsExactlyInAnyOrder("arrest", "sentence", "execution", "imprisonment",
                "exile", "deportation", "special-settlement", "dekulakization", "release", "death-in-custody", "rehabilitation",
                "rehabilitation-refused", "captivity", "filtration", "repatriation");
    }

    @Test
    void organKindNotations() {
        assertThat(VocabularyTest.notations(Vocab.ORGAN_KIND)).containsExactlyInAnyOrder("troika", "dvoika", "special-board",
                "ogpu-collegium", "military-collegium", "military-tribunal", "court", "security-organ", "prosecutor", "executive", "other");
    }

    @Test
    void sentenceKindNotations() {
        assertThat(VocabularyTest.notations(Vocab.SENTENCE_KIND)).containsExactlyInAnyOrder("death", "camp", "prison", "exile",
                "banishment", "special-settlement", "dekulakization", "release", "other");
    }

    @Test
    void precisionAndGenderNotations() {
        assertThat(VocabularyTest.notations(Vocab.PRECISION)).containsExactlyInAnyOrder("day", "month", "year");
        assertThat(VocabularyTest.notations(Vocab.GENDER)).containsExactlyInAnyOrder("male", "female");
    }

    @Test
    void chargeNotationsUseCyrillicLettersAndLatinLocalNames() {
        Set<String> notations = VocabularyTest.notations(Vocab.CHARGE);
        List<String> article58 = new ArrayList<>(List.of("58-1", "58-1а", "58-1б", "58-1в", "58-1г"));
        for (int point = 2; point <= 14; point++) article58.add("58-" + point);
        assertThat(notations).containsAll(article58).contains("chsir", "soe", "kro", "kulak", "refugee", "59-3");
        // «58-1а» is written with a Cyrillic а (U+0430); its IRI ends in the Latin 58-1a.
        Resource treason = Vocab.concept(Vocab.CHARGE, "58-1a");
        assertThat(ALL.getProperty(treason, SKOS.notation).getString()).isEqualTo("58-1\u0430");
        assertThat(ALL.contains(Vocab.concept(Vocab.CHARGE, "58-1g"), SKOS.notation, "58-1\u0433")).isTrue();
        assertThat(ALL.contains(Vocab.concept(Vocab.CHARGE, "58-1a"), SKOS.broader, Vocab.concept(Vocab.CHARGE, "58-1"))).isTrue();
        assertThat(ALL.contains(Vocab.concept(Vocab.CHARGE, "58-10"), SKOS.broader, Vocab.concept(Vocab.CHARGE, "58"))).isTrue();
    }

    @Test
    void organsNamedInTheDataModelExistWithKindRegionAndYears() {
        List<String> organs = new ArrayList<>(List.of("vchk", "gpu", "ogpu", "ogpu-pp-kazakhstan", "ogpu-collegium", "ogpu-special-board",
                "nkvd-ussr", "nkvd-kazakh-ssr", "unkvd", "nkvd-troika", "nkvd-dvoika", "nkvd-special-board", "nkgb", "mgb",
                "mgb-special-board", "mvd", "kgb", "military-collegium", "military-collegium-visiting-session", "supreme-court-ussr",
                "supreme-court-kazakh-ssr", "oblast-court", "peoples-court", "military-tribunal", "prosecutor", "district-executive-committee"));
        OBLASTS_1937.forEach(oblast -> organs.add("unkvd-" + oblast));
        // The regional troikas sat from 30 July 1937 to 17 November 1938: only the oblasts that existed then had one.
        List.of("karaganda", "alma-ata", "south-kazakhstan", "east-kazakhstan", "north-kazakhstan", "west-kazakhstan", "aktyubinsk",
                "kustanay", "pavlodar", "guryev", "kzyl-orda").forEach(oblast -> organs.add("nkvd-troika-" + oblast));
        List<String> problems = new ArrayList<>();
        for (String local : organs) {
            Resource organ = Vocab.concept(Vocab.ORGAN, local);
            if (!ALL.contains(organ, SKOS.inScheme, Vocab.scheme(Vocab.ORGAN))) { problems.add(local + ": missing"); continue; }
            if (!ALL.contains(organ, RDF.type, Esm.RepressiveBody)) problems.add(local + ": not an esm:RepressiveBody");
            Resource kind = organ.inModel(ALL).getPropertyResourceValue(Esm.organKind);
            if (kind == null || !ALL.contains(kind, SKOS.inScheme, Vocab.scheme(Vocab.ORGAN_KIND))) problems.add(local + ": no organ kind");
            Resource region = organ.inModel(ALL).getPropertyResourceValue(Esm.region);
            if (region == null || !ALL.contains(region, SKOS.inScheme, Vocab.scheme(Vocab.PLACE))) problems.add(local + ": no region");
            if (!ALL.contains(organ, Esm.validFrom)) problems.add(local + ": no validFrom");
        }
        assertThat(problems).isEmpty();
        assertThat(kindOf("nkvd-troika-karaganda")).isEqualTo("troika");
        assertThat(kindOf("nkvd-special-board")).isEqualTo("special-board");
        assertThat(kindOf("military-collegium-visiting-session")).isEqualTo("military-collegium");
        assertThat(ALL.contains(Vocab.concept(Vocab.ORGAN, "unkvd-karaganda"), Esm.region, Vocab.concept(Vocab.PLACE, "karaganda"))).isTrue();
    }

    @Test
    void organSpellingsFromTheRecordsAreLabels() {
        assertThat(conceptLabelled(Vocab.ORGAN, "ОСО при НКВД СССР")).containsExactly("nkvd-special-board");
        assertThat(conceptLabelled(Vocab.ORGAN, "Тройка УНКВД по ЮКО")).containsExactly("nkvd-troika-south-kazakhstan");
        assertThat(conceptLabelled(Vocab.ORGAN, "Тройка при ПП ОГПУ в Казахстане")).containsExactly("ogpu-troika-kazakhstan");
        assertThat(conceptLabelled(Vocab.ORGAN, "ВК ВС СССР")).containsExactly("military-collegium");
        assertThat(conceptLabelled(Vocab.ORGAN, "Особое совещание коллегии ОГПУ ТАССР")).containsExactly("ogpu-special-board");
        assertThat(conceptLabelled(Vocab.NATIONALITY, "белорус")).containsExactly("belarusian");
        assertThat(conceptLabelled(Vocab.NATIONALITY, "русская")).containsExactly("russian");
        assertThat(conceptLabelled(Vocab.CAMP, "Карлага")).containsExactly("karlag");
        assertThat(conceptLabelled(Vocab.CAMP, "Акмолинское ЛО")).containsExactly("alzhir");
        assertThat(conceptLabelled(Vocab.SENTENCE_KIND, "ВМН")).containsExactly("death");
        assertThat(conceptLabelled(Vocab.CHARGE, "как ЧСИР")).containsExactly("chsir");
        assertThat(conceptLabelled(Vocab.REHABILITATION_BASIS, "УКАЗ ПВС СССР ОТ 16.01.1989")).containsExactly("ussr-1989-01-16");
        assertThat(conceptLabelled(Vocab.REHABILITATION_BASIS, "Закон РК от 14.04.1993")).containsExactly("kz-1993-04-14");
    }

    @Test
    void gazetteerHasTheRepublicByPeriodTheOblastsAndCitiesWithTheirNames() {
        for (String oblast : OBLASTS_1937) {
            assertThat(ALL.contains(Vocab.concept(Vocab.PLACE, oblast), RDF.type, Esm.Place)).as(oblast).isTrue();
        }
        assertThat(conceptLabelled(Vocab.PLACE, "Киргизская АССР")).contains("kirghiz-assr");
        assertThat(validFromYear("kirghiz-assr")).isEqualTo("1920");
        assertThat(validFromYear("kazak-assr")).isEqualTo("1925");
        assertThat(validFromYear("kazakh-ssr")).isEqualTo("1936");
        for (List<String> names : List.of(List.of("Акмолинск", "Целиноград", "Астана"), List.of("Верный", "Алма-Ата", "Алматы"),
                List.of("Гурьев", "Атырау"), List.of("Семипалатинск", "Семей"))) {
            Set<String> concepts = new TreeSet<>();
            names.forEach(n -> concepts.addAll(conceptLabelled(Vocab.PLACE, n)));
            assertThat(concepts).as("one city for %s", names).hasSize(1);
            Resource city = Vocab.concept(Vocab.PLACE, concepts.iterator().next()).inModel(ALL);
            assertThat(city.hasProperty(ALL.createProperty(WGS84, "lat"))).isTrue();
        }
        assertThat(ALL.contains(Vocab.concept(Vocab.PLACE, "almaty"), Esm.geonamesId, "1526384")).isTrue();
    }

    @Test
    void campsInKazakhstanHaveYearsCoordinatesAndRegion() {
        List<String> problems = new ArrayList<>();
        for (String local : List.of("karlag", "alzhir", "steplag", "peschanlag", "dzhezkazganlag", "dallag", "luglag", "kazlag")) {
            Resource camp = Vocab.concept(Vocab.CAMP, local).inModel(ALL);
            if (!ALL.contains(camp, RDF.type, Esm.Camp)) problems.add(local + ": not an esm:Camp");
            if (!camp.hasProperty(Esm.validFrom)) problems.add(local + ": no validFrom");
            if (!camp.hasProperty(ALL.createProperty(WGS84, "lat")) || !camp.hasProperty(ALL.createProperty(WGS84, "long"))) problems.add(local + ": no coordinates");
            if (camp.getPropertyResourceValue(Esm.region) == null) problems.add(local + ": no region");
        }
        assertThat(problems).isEmpty();
        assertThat(ALL.contains(Vocab.concept(Vocab.CAMP, "alzhir"), SKOS.broader, Vocab.concept(Vocab.CAMP, "karlag"))).isTrue();
    }

    @Test
    void normativeActsHaveNumberDateIssuingBodyAndTrilingualTitles() {
        Set<String> dates = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Resource act : VocabularyTest.concepts(OntologyFiles.vocabulary(Vocab.NORMATIVE_ACT))) {
            Resource a = act.inModel(ALL);
            if (!ALL.contains(a, RDF.type, Esm.NormativeAct)) problems.add(act + ": not an esm:NormativeAct");
            if (!a.hasProperty(Esm.actDate)) problems.add(act + ": no actDate"); else dates.add(a.getProperty(Esm.actDate).getString());
            if (!Labels.missingOrRepeated(a, Esm.issuingBody, Labels.LANGUAGES).isEmpty()) problems.add(act + ": issuing body not in kk, ru, en");
        }
        assertThat(problems).isEmpty();
        assertThat(dates).contains("1928-08-27", "1930-02-01", "1932-08-07", "1937-07-30", "1937-08-15", "1937-08-21", "1941-08-28",
                "1941-08-16", "1943-10-12", "1943-12-27", "1944-03-07", "1944-04-08", "1944-05-11");
        assertThat(ALL.contains(Vocab.concept(Vocab.NORMATIVE_ACT, "nkvd-order-00447"), Esm.actNumber, "00447")).isTrue();
        assertThat(ALL.contains(Vocab.concept(Vocab.NORMATIVE_ACT, "nkvd-order-00486"), Esm.actNumber, "00486")).isTrue();
        assertThat(ALL.contains(Vocab.concept(Vocab.NORMATIVE_ACT, "stavka-order-270"), Esm.actNumber, "270")).isTrue();
    }

    @Test
    void rehabilitationBasesAndDeportedPeoples() {
        assertThat(VocabularyTest.notations(Vocab.REHABILITATION_BASIS)).contains("ussr-1989-01-16", "ussr-1990-08-13", "rsfsr-1991-10-18",
                "kz-1993-04-14", "state-commission-2020", "no-corpus-delicti");
        assertThat(ALL.contains(Vocab.concept(Vocab.REHABILITATION_BASIS, "rsfsr-1991-10-18"), Esm.actNumber, "1761-I")).isTrue();
        for (String people : List.of("koreans", "germans", "chechens", "ingush", "balkars", "karachays", "kalmyks", "crimean-tatars", "meskhetian-turks")) {
            Resource p = Vocab.concept(Vocab.DEPORTED_PEOPLE, people).inModel(ALL);
            assertThat(p.hasProperty(Esm.deportationYear)).as(people).isTrue();
            assertThat(p.getPropertyResourceValue(Esm.normativeAct)).as(people).isNotNull();
        }
        assertThat(VocabularyTest.notations(Vocab.ARCHIVE)).contains("apr-rk", "knb-rk", "regional-state-archive", "rgaspi", "garf");
    }

    private static String kindOf(String organ) {
        return Vocab.concept(Vocab.ORGAN, organ).inModel(ALL).getPropertyResourceValue(Esm.organKind).getLocalName();
    }

    private static String validFromYear(String place) {
        return Vocab.concept(Vocab.PLACE, place).inModel(ALL).getProperty(Esm.validFrom).getString().substring(0, 4);
    }

    /** Local names of the concepts of {@code scheme} that carry {@code label} as a pref- or altLabel in Russian. */
    static Set<String> conceptLabelled(String scheme, String label) {
        Set<String> found = new TreeSet<>();
        for (var property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
            ALL.listSubjectsWithProperty(property, ALL.createLiteral(label, "ru")).forEachRemaining(c -> {
                if (ALL.contains(c, SKOS.inScheme, Vocab.scheme(scheme))) found.add(c.getURI().substring(c.getURI().lastIndexOf('/') + 1));
            });
        }
        return found;
    }
}
