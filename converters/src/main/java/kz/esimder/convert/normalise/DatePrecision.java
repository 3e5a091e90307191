package kz.esimder.convert.normalise;

/** How much of a date the source gave. The notation is the local name in the {@code precision} scheme. */
public enum DatePrecision {
    DAY("day", "date"),
    MONTH("month", "gYearMonth"),
    YEAR("year", "gYear");

    private final String notation;
    private final String xsdLocalName;

    DatePrecision(String notation, String xsdLocalName) {
        this.notation = notation;
        this.xsdLocalName = xsdLocalName;
    }

    /** The concept's local name in {@code vocab/precision/}: {@code day}, {@code month}, {@code year}. */
    public String notation() {
        return notation;
    }

    /** The XSD datatype local name for a value at this precision: {@code date}, {@code gYearMonth}, {@code gYear}. */
    public String xsdLocalName() {
        return xsdLocalName;
    }
}
