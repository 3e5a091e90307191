package kz.esimder.site.system;

/** Text with an href, or plain text when the href is null: what {@code esm:link} shows ({@link LinkDialect}). */
public interface Linkable {
    String text();

    String href();
}
