package kz.esimder.site.data;

/** A request the site cannot make sense of: a 400 page naming the bad value, never a 500. */
public class BadRequestException extends RuntimeException {
    private final transient String messageKey;
    private final transient Object[] args;

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
