package kz.esimder.convert.normalise;

/**
 * A rehabilitation statement taken apart. {@code basis} and {@code ground} are both concepts of
 * the {@code rehabilitation-basis} scheme (or, for an act, of {@code normative-act}): the act the
 * decision rests on, and the ground it states.
 *
 * @param refused   true for «Отказано в реабилитации»
 * @param date      the date of the decision, or null
 * @param organ     the organ that decided, or null
 * @param basis     the act: {@code decree-1989-01-16} (Указ ПВС СССР), {@code decree-1990-08-13}
 *                  (Указ Президента СССР), {@code law-rsfsr-1991-10-18}, {@code law-rk-1993-04-14}, …;
 *                  or null
 * @param basisText the act as written («УКАЗ ПВС СССР ОТ 16.01.1989»), or null
 * @param ground    the ground: {@code no-corpus-delicti} (за отсутствием состава преступления),
 *                  {@code no-event-of-crime} (за отсутствием события преступления),
 *                  {@code insufficient-evidence} (за недоказанностью …), or null
 */
public record Rehabilitation(boolean refused, FuzzyDate date, Organ organ, String basis, String basisText,
                             String ground) {
}
