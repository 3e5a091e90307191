package kz.esimder.convert.cli;

/** The exit codes of {@code esimder}, as issue 3 fixes them. */
public final class ExitCodes {
    /** Everything converted / the data conforms. */
    public static final int OK = 0;
    /** {@code validate}: the data does not conform to the shapes. */
    public static final int NOT_CONFORMING = 1;
    /** Unusable arguments or unreadable input: nothing was written. */
    public static final int UNUSABLE = 2;
    /** {@code convert}: some records were rejected; the rest were written. */
    public static final int SOME_REJECTED = 3;
    /** The run was stopped from outside: its launching JVM ended (128 + SIGTERM's 15, as a shell would say). */
    public static final int STOPPED = 143;
    /** A bug: something that should never happen did. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
