package kz.esimder.convert.link;

/** The VoID datasets that linksets point between. */
public final class LinksetTargets {
    public static final String WIKIDATA = "https://www.wikidata.org/";
    public static final String GEONAMES = "https://www.geonames.org/";

    private LinksetTargets() {}

    /** Our own dataset, as the dataset description names it: {@code {base}id/dataset}. */
    public static String ours(String base) {
        return base + "id/dataset";
    }
}
