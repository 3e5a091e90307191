package kz.esimder.convert.normalise;

/**
 * Nationalities in Russian (казах, казашка, русская, немец, евреи, …), Kazakh (қазақ, орыс, неміс)
 * and English, in singular, plural and feminine forms → {@link Nationality}. Thread-safe.
 */
public final class NationalityNormaliser {

    public Parsed<Nationality> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
