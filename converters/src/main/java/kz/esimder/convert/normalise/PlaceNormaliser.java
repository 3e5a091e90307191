package kz.esimder.convert.normalise;

/**
 * Place texts: «г. Казань, с. Дербышки», «Карагандинская обл. Балхаш», «Лев-Толстовский р-н, с.
 * Головинщино», «н.п.Макеевка Донецкой обл.», «аул 7». Splits on commas, recognises the
 * abbreviations, and resolves each part against a {@link Gazetteer}. A place the gazetteer does not
 * know is still understood as text (its components); only an empty text is unparsed. Thread-safe.
 */
public final class PlaceNormaliser {

    private final Gazetteer gazetteer;

    public PlaceNormaliser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Parsed<PlaceName> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
