package kz.esimder.convert.normalise;

/** Gender as sources state or imply it; the notation is the local name in {@code vocab/gender/}. */
public enum Gender {
    MALE("male"),
    FEMALE("female");

    private final String notation;

    Gender(String notation) {
        this.notation = notation;
    }

    public String notation() {
        return notation;
    }
}
