package kz.esimder.convert.normalise;

/**
 * Rehabilitation statements: «Реабилитирован 19 марта 1990 г. Верховный суд КазССР УКАЗ ПВС СССР ОТ
 * 16.01.1989», «Реабилитирована в июле 1998 г.», «… Прокуратура РК Закон РК от 14.04.1993»,
 * «Реабилитирован ВК ВС СССР 29.07.1958», «за отсутствием состава преступления», «Отказано в
 * реабилитации». Accepts the whole line or the value after the label. Thread-safe.
 */
public final class RehabilitationNormaliser {

    private final DateNormaliser dates;
    private final OrganNormaliser organs;

    public RehabilitationNormaliser(DateNormaliser dates, OrganNormaliser organs) {
        this.dates = dates;
        this.organs = organs;
    }

    public Parsed<Rehabilitation> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
