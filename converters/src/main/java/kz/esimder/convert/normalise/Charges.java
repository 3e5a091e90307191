package kz.esimder.convert.normalise;

import java.util.List;

/**
 * The charges found in one text.
 *
 * @param charges         every article point or ground, in order, without duplicates
 * @param normativeActs   local names in {@code vocab/normative-act/} of the decrees or orders the
 *                        text cites ({@code resolution-1930-02-01}, {@code law-1932-08-07}, …)
 * @param code            the criminal code named, as written («УК РСФСР», «УК КазССР»), or null
 */
public record Charges(List<Charge> charges, List<String> normativeActs, String code) {

    public Charges {
        charges = List.copyOf(charges);
        normativeActs = List.copyOf(normativeActs);
    }
}
