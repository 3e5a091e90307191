package kz.esimder.convert.normalise;

/** What a component of a place text names, from its abbreviation or word. */
public enum PlaceLevel {
    /** A republic or country: «Латвийская ССР», «КазССР», «Казахстан». */
    COUNTRY,
    /** An oblast, krai, governorate: «обл.», «край», «губ.». */
    REGION,
    /** A district, uyezd, volost: «р-н», «уезд», «вол.». */
    DISTRICT,
    /** A town, village, aul, station: «г.», «с.», «д.», «аул», «пос.», «н.п.», «ст.». */
    SETTLEMENT,
    /** No marker said what it is. */
    UNKNOWN
}
