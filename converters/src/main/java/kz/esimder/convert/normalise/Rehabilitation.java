package kz.esimder.convert.normalise;

/**
 * A rehabilitation statement taken apart.
 *
 * @param refused   true for «Отказано в реабилитации»
 * @param date      the date of the decision, or null
 * @param organ     the organ that decided, or null
 * @param basis     the legal basis: a local name in {@code vocab/rehabilitation-basis/}
 *                  ({@code decree-1989-01-16}, {@code decree-1990-08-13}, {@code law-rsfsr-1991-10-18},
 *                  {@code law-rk-1993-04-14}, {@code no-corpus-delicti}, …), or null
 * @param basisText the basis as written («УКАЗ ПВС СССР ОТ 16.01.1989»), or null
 */
public record Rehabilitation(boolean refused, FuzzyDate date, Organ organ, String basis, String basisText) {
}
