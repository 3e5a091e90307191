package kz.esimder.convert.generate;

import static kz.esimder.convert.generate.RepressionPools.OBLASTS;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import kz.esimder.convert.pipeline.SyntheticMarker;

/**
 * Makes realistic synthetic persons one at a time, the same sequence for the same seed: name
 * pools of six peoples, arrests peaking in 1937-38, the organ, charge and sentence mix of the real
 * samples, and the imperfections real lists have (an empty field here and there, a swapped letter,
 * now and then an impossible date such as 31.02.1937).
 */
final class PersonGenerator {
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Arrest years 1929-1953 and their weights: collectivisation, the Great Terror 1937-38, the war and after. */
    private static final int FIRST_YEAR = 1929;
    private static final int[] YEAR_WEIGHTS = {3, 5, 5, 4, 3, 2, 3, 4, 30, 22, 3, 3, 3, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final int MISSING_PERCENT = 8;
    private static final int TYPO_PERCENT = 3;

    private final SplittableRandom random;
    private final int totalWeight;
    private long next = 1;

    PersonGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        int w = 0;
        for (NamePools p : NamePools.values()) {
            w += p.weight;
        }
        this.totalWeight = w;
    }

    SyntheticPerson next() {
        long id = next++;
        NamePools people = people();
        boolean female = random.nextInt(100) < 22;
        String surname = female ? Nationality.feminine(pick(people.surnames)) : pick(people.surnames);
        String given = pick(female ? people.femaleNames : people.maleNames);
        String father = pick(people.maleNames);
        String patronymic = people.turkicPatronymic && random.nextInt(100) < 30
                ? Nationality.turkicPatronymic(father, female) : Nationality.patronymic(father, female);
        if (people == NamePools.KAZAKH && random.nextInt(100) < 20) {
            patronymic = null;
        }
        RepressionPools.Oblast oblast = pick(OBLASTS);
        boolean local = people == NamePools.KAZAKH || random.nextInt(100) < 30;
        String birthPlace = local ? oblast.name() + " обл., " + pick(oblast.towns()) : pick(RepressionPools.BIRTH_PLACES_ABROAD);
        int arrestYear = arrestYear();
        int birthYear = arrestYear - 18 - random.nextInt(50);
        LocalDate arrest = LocalDate.of(arrestYear, 1, 1).plusDays(random.nextInt(365));
        LocalDate sentenced = arrest.plusDays(10 + random.nextInt(200));
        boolean death = (arrestYear == 1937 || arrestYear == 1938) ? random.nextInt(100) < 45 : random.nextInt(100) < 12;
        String sentence = death ? "ВМН" : pick(RepressionPools.CAMP_SENTENCES);
        String charges = female && random.nextInt(100) < 40 ? "как ЧСИР" : pick(RepressionPools.CHARGES);
        String executed = death && random.nextInt(100) < 70 ? date(sentenced.plusDays(random.nextInt(20))) : null;
        boolean rehabilitated = random.nextInt(100) < 80;
        LocalDate rehabilitation = random.nextBoolean()
                ? LocalDate.of(1956, 1, 1).plusDays(random.nextInt(365 * 4))
                : LocalDate.of(1989, 1, 1).plusDays(random.nextInt(365 * 4));
        return new SyntheticPerson(id, female, typo(surname), given, patronymic,
                maybe(Integer.toString(birthYear)), maybe(birthPlace),
                maybe(female ? people.nationalityFemale : people.nationalityMale),
                maybe(pick(RepressionPools.EDUCATION)), maybe(pick(RepressionPools.PARTY)),
                maybe(typo(pick(RepressionPools.OCCUPATIONS))), maybe(oblast.name() + " обл., " + pick(oblast.towns())),
                maybe(impossibleSometimes(arrest)), maybe(format(pick(RepressionPools.ARRESTING), oblast)),
                maybe(charges), format(organ(arrestYear), oblast), maybe(date(sentenced)), sentence, executed,
                rehabilitated ? date(rehabilitation) : null,
                rehabilitated ? maybe(pick(RepressionPools.REHABILITATED_BY)) : null,
                rehabilitated ? maybe(pick(RepressionPools.REHABILITATION_BASIS)) : null,
                SyntheticMarker.SOURCE_NAME, "synthetic, no archive reference (#" + id + ")");
    }

    private NamePools people() {
        int r = random.nextInt(totalWeight);
        for (NamePools p : NamePools.values()) {
            r -= p.weight;
            if (r < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private int arrestYear() {
        int total = 0;
        for (int w : YEAR_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < YEAR_WEIGHTS.length; i++) {
            r -= YEAR_WEIGHTS[i];
            if (r < 0) {
                return FIRST_YEAR + i;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private List<String> organ(int year) {
        return year < 1936 ? RepressionPools.ORGANS_EARLY : year <= 1941 ? RepressionPools.ORGANS_1937 : RepressionPools.ORGANS_LATE;
    }

    private String format(List<String> pool, RepressionPools.Oblast oblast) {
        return format(pick(pool), oblast);
    }

    private static String format(String pattern, RepressionPools.Oblast oblast) {
        return MessageFormat.format(pattern.replace("'", "''"), oblast.genitive());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** An empty card field, now and then. */
    private String maybe(String value) {
        return random.nextInt(100) < MISSING_PERCENT ? null : value;
    }

    /** Two neighbouring letters swapped, now and then, as typists did. */
    private String typo(String s) {
        if (s.length() < 4 || random.nextInt(100) >= TYPO_PERCENT) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    /** One arrest date in five hundred is not a calendar date, as in real lists. */
    private String impossibleSometimes(LocalDate d) {
        return random.nextInt(500) == 0 ? "31.02." + d.getYear() : date(d);
    }

    private static String date(LocalDate d) {
        return d.format(NUMERIC);
    }
}
