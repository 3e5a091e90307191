package kz.esimder.convert.normalise;

/**
 * Outcomes: «Расстрелян(а) 09.05.1938» (also the source's «Рассстрелян»), «Освобожден(а)
 * 21.11.1945», «Умер(ла) в заключении …», «Прибыла в Карлаг 03.11.1940», «Прибыла в Акмолинское ЛО
 * 07.05.1938 из Лубянской тюрьмы г.Москвы. Убыла из Карлага 01.11.1940 в Джезказган»,
 * «Место захоронения: Коммунарка». Thread-safe.
 */
public final class OutcomeNormaliser {

    private final DateNormaliser dates;

    public OutcomeNormaliser(DateNormaliser dates) {
        this.dates = dates;
    }

    public Parsed<Outcomes> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
