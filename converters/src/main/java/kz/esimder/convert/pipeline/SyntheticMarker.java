package kz.esimder.convert.pipeline;

/**
 * How generated data says it is generated: every record {@code esimder generate} writes names this
 * source, so that a converted file of generated records is marked {@code esm:synthetic true} even
 * when nobody passes {@code --synthetic}, and never passes for real data.
 */
public final class SyntheticMarker {
    /** The source name generated records carry («Источник» / {@code source}). */
    public static final String SOURCE_NAME = "esimder generate: synthetic data, not real persons";

    private SyntheticMarker() {}

    public static boolean isSynthetic(String sourceName) {
        return sourceName != null && sourceName.strip().startsWith("esimder generate:");
    }
}
