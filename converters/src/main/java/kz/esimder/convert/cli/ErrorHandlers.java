package kz.esimder.convert.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and an exit code, never a stack trace: bad
 * arguments and unreadable input exit 2, anything else is a bug and exits 70. Failures are told
 * apart by their type.
 */
final class ErrorHandlers {
    private ErrorHandlers() {}

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        // An unknown option is the real mistake even when required options are missing too.
        String message = cl.getUnmatchedArguments().isEmpty() ? e.getMessage()
                : "unknown option or argument: " + String.join(" ", cl.getUnmatchedArguments());
        cl.getErr().println(prefix(cl) + oneLine(message) + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.UNUSABLE;
    }

    static int onExecutionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (isUnusableInput(cause)) {
            cl.getErr().println(prefix(cl) + describe(cause));
            return ExitCodes.UNUSABLE;
        }
        cl.getErr().println(prefix(cl) + "internal error (" + cause.getClass().getName() + "): " + oneLine(cause.getMessage()));
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean isUnusableInput(Throwable t) {
        return t instanceof IOException || t instanceof IllegalArgumentException || t instanceof RiotException
                || t instanceof InvalidPathException;
    }

    private static String describe(Throwable t) {
        if (t instanceof NoSuchFileException n) {
            return "file not found: " + n.getFile();
        }
        if (t instanceof AccessDeniedException a) {
            return "cannot read or write " + a.getFile() + ": permission denied";
        }
        if (t instanceof RiotException) {
            return "not valid RDF: " + oneLine(t.getMessage());
        }
        return oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private static String prefix(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName() + ": ";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
