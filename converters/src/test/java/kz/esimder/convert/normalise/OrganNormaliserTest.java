package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganNormaliserTest {

    private final OrganNormaliser organs = new OrganNormaliser();

    /** Spellings from the samples; an empty organ or region column means «none stated». */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Тройка НКВД|nkvd-troika|troika|",
            "тройка УНКВД по ЮКО|nkvd-troika-south-kazakhstan|troika|south-kazakhstan",
            "Тройка УНКВД по Карагандинской обл.|nkvd-troika-karaganda|troika|karaganda",
            "тройкой УНКВД по Алма-Атинск. обл.|nkvd-troika-alma-ata|troika|alma-ata",
            "Решение тройки УНКВД Северо-Казахстанской обл.|nkvd-troika-north-kazakhstan|troika|north-kazakhstan",
            "Тройка УНКВД по ВКО|nkvd-troika-east-kazakhstan|troika|east-kazakhstan",
            "тройка УНКВД по Читинской обл.|nkvd-troika|troika|",
            "тройка при ПП ОГПУ в КазАССР|ogpu-troika-kazakhstan|troika|",
            "Тройка при ПП ОГПУ Московской обл.|ogpu-troika|troika|",
            "Тройка при ПП ОГПУ в Казахстане|ogpu-troika-kazakhstan|troika|",
            "Тройка УНКВД по Семипалатинской обл.|nkvd-troika|troika|semipalatinsk",
            "тройка ВЧК по Сибирии||troika|",
            "Тройка обкома, ревкома, облЧК||troika|",
            "\"тройка\"||troika|",
            "Илийский РО УНКВД Алма-Атинской обл||security-organ|alma-ata",
            "ГУГБ НКВД ст.Ершов ЗКО||security-organ|west-kazakhstan",
            "Особое совещание коллегии ОГПУ ТАССР|ogpu-special-board|special-board|",
            "ОСО при НКВД СССР|nkvd-special-board|special-board|",
            "Особое совещание НКВД. СССР|nkvd-special-board|special-board|",
            "Выездное Особое совещание НКВД СССР|nkvd-special-board|special-board|",
            "Особое Совещание при МГБ СССР|mgb-special-board|special-board|",
            "ОС при УНКВД по ЮКО||special-board|south-kazakhstan",
            "Комиссия НКВД и пр-ры СССР|nkvd-dvoika|dvoika|",
            "ВК ВС СССР|military-collegium|military-collegium|",
            "Военная Коллегия Верховного Суда СССР|military-collegium|military-collegium|",
            "выездная сессия ВК ВС СССР в г. Алма-Ата|military-collegium-visiting-session|military-collegium|",
            "Выездная сессия коллегии ОГПУ в Казахстане|ogpu-collegium|ogpu-collegium|",
            "Коллегия ОГПУ|ogpu-collegium|ogpu-collegium|",
            "Верховный суд СССР|supreme-court-ussr|court|",
            "Верховный суд КазССР|supreme-court-kazakh-ssr|court|",
            "Президиум ВС КССР|supreme-court-kazakh-ssr|court|",
            "Верховный Суд Казахской ССР|supreme-court-kazakh-ssr|court|",
            "Павлодарский облсуд|oblast-court|court|pavlodar",
            "Павлодарский Обл Суд|oblast-court|court|pavlodar",
            "Семоблсуд|oblast-court|court|semipalatinsk",
            "ВКОбл суд|oblast-court|court|east-kazakhstan",
            "Северо-Казахстанский областной суд|oblast-court|court|north-kazakhstan",
            "Нарсуд Калининского района|peoples-court|court|",
            "Семипал. Губ.Рев. Трибунал|revolutionary-tribunal|court|",
            "Акмолинский РО НКВД||security-organ|",
            "Военный трибунал Карагандинской Ж.Д|military-tribunal|military-tribunal|",
            "Военный трибунал ТуркВО|military-tribunal|military-tribunal|",
            "ВТ 106 СД|military-tribunal|military-tribunal|",
            "Военный трибунал войск НКВД КазССР г.Алма-Ата|military-tribunal|military-tribunal|",
            "Прокуратура РК|prosecutor-general-kazakhstan|prosecutor|",
            "Прокуратура КазССР|prosecutor-kazakh-ssr|prosecutor|",
            "особое совещание при МВД СССР|mvd-special-board|special-board|",
            "Линейный суд Турксиб.ж.д. КССР|transport-court|court|",
            "прокуратура Карагандинской обл.|prosecutor|prosecutor|karaganda",
            "Целиноградский облсуд|oblast-court|court|akmolinsk",
            "Генпрокуратура РК|prosecutor-general-kazakhstan|prosecutor|",
            "пр-ра г.Алматы|prosecutor|prosecutor|",
            "Военная прокуратура ТуркВО.|military-prosecutor|prosecutor|",
            "Павлодарская облпрокуратура|prosecutor|prosecutor|pavlodar",
            "Балхашский НКВД||security-organ|",
            "УМГБ по Павлодарской обл.|mgb|security-organ|pavlodar",
            "УНКВД по Павлодарской обл.|unkvd-pavlodar|security-organ|pavlodar",
            "Кзыл-Ординское УНКВД|unkvd-kzyl-orda|security-organ|kzyl-orda",
            "УНКВД Ленинградской обл.|unkvd|security-organ|",
            "ЭКО ПП ОГПУ|ogpu|security-organ|",
            "ПП ОГПУ в Казахстане|ogpu-pp-kazakhstan|security-organ|",
            "ОТО НКГБ ст.Славгород Омской обл|nkgb|security-organ|",
            "ИЦ УВД по Тульской обл.|mvd|security-organ|",
            "УКГБ по ЮКО.|kgb|security-organ|south-kazakhstan",
            "Уральская губЧК|vchk|security-organ|",
            "НКВД СССР|nkvd-ussr|security-organ|",
            "ЗОЛОЧЕВСКИЙ РИК|district-executive-committee|executive|",
            "Актюбинская обларокуратура|prosecutor|prosecutor|aktyubinsk",
            "Проукратура Кустанайской обл.|prosecutor|prosecutor|kustanay",
            "Военный трубунал Белорусского ВО|military-tribunal|military-tribunal|",
            "Верховный уд КазССР|supreme-court-kazakh-ssr|court|",
            "ОДТООГПУ ст.Аулие-Ата Туркестанской ж/д|ogpu|security-organ|",
            "Джаркентский погранотряд||security-organ|",
            "УМВД по Кустанайской обл.|mvd|security-organ|kustanay",
            "СК Казотдела ВС|supreme-court-rsfsr-kazakh-branch|court|",
            "Спецколлегия верховного суда РСФСР в Казахстане|supreme-court-rsfsr-kazakh-branch|court|",
            "Коллегия ВС РСФСР||court|",
            "ДТД УКГБ НКВД ТУР.Сиб ж.д||security-organ|",
            "Карагандинская облкомиссия по пересмотру дел.||other|karaganda"
    })
    void recognisesSampleSpellings(String text, String organ, String kind, String region) {
        Parsed<Organ> p = organs.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        Organ o = p.value().orElseThrow();
        assertEquals(kind, o.kind(), "kind");
        assertEquals(organ, o.organ(), "organ");
        assertEquals(region, o.region(), "region");
        assertEquals(text, o.text());
    }

    @Test
    void keepsTheRegionAsWritten() {
        Organ o = organs.parse("тройка УНКВД по Карагандинской обл.").value().orElseThrow();
        assertEquals("по Карагандинской обл.", o.regionText());
        Organ visiting = organs.parse("выездная сессия ВК ВС СССР в г. Алма-Ата").value().orElseThrow();
        assertEquals("в г. Алма-Ата", visiting.regionText());
        assertNull(visiting.region(), "a city is not an oblast");
    }

    @Test
    void unknownTextIsUnparsedNotGuessed() {
        Parsed<Organ> p = organs.parse("трудармия");
        assertTrue(p.isUnparsed());
        assertEquals(Problem.Kind.UNRECOGNISED, p.problem().orElseThrow().kind());
        assertEquals("трудармия", p.unparsed().orElseThrow());
        assertEquals(Problem.Kind.BLANK, organs.parse(" ").problem().orElseThrow().kind());
    }

    /**
     * The longer fuzz run's seed 14,802: one long run of letters with capitals inside took seconds of
     * regex backtracking. The limit only detects a hang (it is a hundred times the time it takes now).
     */
    @Test
    void aLongRunOfCapitalisedWordsIsReadWithoutBacktrackingForSeconds() {
        String hostile = "Писатель, " + "Арестован".repeat(290);
        Parsed<Organ> p = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> organs.parse(hostile));
        assertEquals(Problem.Kind.UNRECOGNISED, p.problem().orElseThrow().kind());
        assertEquals(hostile, p.unparsed().orElseThrow());
        // The region patterns still find a region after the fix.
        assertEquals("karaganda", organs.parse("тройка УНКВД по Карагандинской обл.").value().orElseThrow().region());
    }
}
