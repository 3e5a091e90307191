package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One of the cookbook's queries ({@code docs/queries/NAME.rq}, a public contract: names never
 * change), with its text as published.
 */
record CookbookQuery(String name, String text) {
    /** The cookbook's files, as the site packages them under {@link #RESOURCE_DIR}. */
    static final List<String> NAMES = List.of("persons", "events", "rehabilitation", "not-rehabilitated", "sources",
            "counts-by-year");
    static final String RESOURCE_DIR = "esimder/queries/";

    CookbookQuery {
        text = normalise(text);
    }

    /** The cookbook queries on the classpath (none outside the site: then nothing is prepared). */
    static List<CookbookQuery> fromClasspath(ClassLoader loader) {
        List<CookbookQuery> found = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
                if (in != null) found.add(new CookbookQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the cookbook query " + name, e);
            }
        }
        return List.copyOf(found);
    }

    /** Line endings and surrounding blanks do not make another query. */
    static String normalise(String query) {
        return query.replace("\r\n", "\n").strip();
    }

    /**
     * The stem of this answer's files: the name, and a digest of the text and the result limit, so
     * that a file prepared for another text of the query (a new release of the cookbook) or another
     * limit is never taken for this one.
     */
    String fileStem(long resultLimit) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((text + "\n#limit " + resultLimit).getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
