package kz.esimder.site.data;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for a {@code <script type="application/ld+json">} block: built with Jackson, then with
 * {@code <}, {@code >} and {@code &} escaped as {@code \u003c} and so on, so a name containing
 * {@code </script>} cannot end the block (they only ever occur inside JSON strings, where the
 * escapes mean the same characters).
 */
public final class ScriptSafeJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScriptSafeJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
