package kz.esimder.store;

/** Another load into the same store holds its lock; nothing was changed. */
public class LoadInProgressException extends LoadException {
    public LoadInProgressException(String message) { super(message); }
    public LoadInProgressException(String message, Throwable cause) { super(message, cause); }
}
