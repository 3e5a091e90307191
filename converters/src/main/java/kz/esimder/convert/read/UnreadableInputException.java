package kz.esimder.convert.read;

import java.io.IOException;

/**
 * The input as a whole cannot be read: a binary file, text in an encoding other than the one
 * given, a workbook POI cannot open. The message is one line, naming the file and what to do, so
 * that the command line can print it and exit 2 without a stack trace.
 */
public class UnreadableInputException extends IOException {

    /** Why the input cannot be read; callers decide by kind, never by message text. */
    public enum Kind { BINARY, ENCODING, FORMAT, MAPPING }

    private final Kind kind;

    public UnreadableInputException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public UnreadableInputException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
