package kz.esimder.store;

/** A load that could not complete; the live generation is untouched. The message names the file or the count that failed. */
public class LoadException extends RuntimeException {
    public LoadException(String message) { super(message); }
    public LoadException(String message, Throwable cause) { super(message, cause); }
}
