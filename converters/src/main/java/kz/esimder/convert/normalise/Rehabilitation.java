package kz.esimder.convert.normalise;

/**
 * A rehabilitation statement taken apart. {@code basis} and {@code ground} are both concepts of
 * the {@code rehabilitation-basis} scheme (or, for an act, of {@code normative-act}): the act the
 * decision rests on, and the ground it states.
 *
 * @param refused   true for «Отказано в реабилитации»
 * @param date      the date of the decision, or null
 * @param organ     the organ that decided, or null
 * @param basis     the act: in {@code rehabilitation-basis}, {@code ussr-1989-01-16} (Указ ПВС СССР),
 *                  {@code ussr-1990-08-13} (Указ Президента СССР), {@code rsfsr-1991-10-18} (the RSFSR
 *                  law), {@code kz-1993-04-14} (the law of Kazakhstan); else an act of the
 *                  {@code normative-act} scheme; or null (an act not known, or not dated: see basisText)
 * @param basisText the act as written («УКАЗ ПВС СССР ОТ 16.01.1989»), or null
 * @param ground    the ground: {@code no-corpus-delicti} (за отсутствием состава преступления),
 *                  {@code no-event-of-crime} (за отсутствием события преступления; not yet in the
 *                  vocabulary),
 *                  {@code insufficient-evidence} (за недоказанностью …), or null
 */
public record Rehabilitation(boolean refused, FuzzyDate date, Organ organ, String basis, String basisText,
                             String ground) {
}
