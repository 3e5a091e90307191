package kz.esimder.convert.normalise;

/**
 * Charges: «58-10», «ст.58-10-2, 58-11», «58-1а-2-8-9-11» (points 1а, 2, 8, 9, 11 of article 58),
 * «58-1 "а"», «58 п.10», «как ЧСИР», «СОЭ», «КРД», «постановление ЦИК и СНК СССР от 01.02.1930»
 * (the kulak ground and the normative act), other articles («59-3», «19-58-8», «109 УК РСФСР»).
 * What is left over is the unparsed rest of a partial result. Thread-safe.
 */
public final class ChargeNormaliser {

    public Parsed<Charges> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
