package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The kk, ru and en bundles (and the default) carry the same keys, none of them empty. */
class MessageBundlesTest {

    @Test
    void everyLanguageHasEveryKeyWithAValue() throws IOException {
        Properties en = load("en");
        Set<String> keys = new TreeSet<>(en.stringPropertyNames());
        assertThat(keys).hasSizeGreaterThan(100);
        for (String lang : new String[] {"kk", "ru", "default"}) {
            Properties other = load(lang);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as(lang).isEqualTo(keys);
            other.forEach((k, v) -> assertThat(v.toString().strip()).as(lang + " " + k).isNotEmpty());
        }
        en.forEach((k, v) -> assertThat(v.toString().strip()).as("en " + k).isNotEmpty());
    }

    @Test
    void kazakhAndRussianAreTranslatedNotCopied() throws IOException {
        Properties en = load("en");
        Properties kk = load("kk");
        long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(kk.getProperty(k))).count();
        assertThat(same).isLessThan(en.size() / 10);
        assertThat(kk.getProperty("rehab.rehabilitated")).isEqualTo("Ақталған");
    }

    private static Properties load(String lang) throws IOException {
        String name = "/i18n/messages" + (lang.equals("default") ? "" : "_" + lang) + ".properties";
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
