package kz.esimder.convert.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;

/** {@code --encoding}: a charset name, or a one-line message naming the bad one. */
final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CommandLine.TypeConversionException("unknown encoding '" + value + "'; try UTF-8 or windows-1251");
        }
    }
}
