package kz.esimder.convert.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;

/** A partner's JSON Lines export: one object per line, the partner's snake_case keys, empty fields left out. */
final class JsonLinesWriter implements RecordWriter {
    private final JsonGenerator json;

    JsonLinesWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    public void write(SyntheticPerson p) throws IOException {
        String[] values = p.values();
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                json.writeStringField(SyntheticPerson.KEYS[i], values[i]);
            }
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeRaw('\n');
        json.close();
    }
}
