package kz.esimder.convert.validate;

/**
 * One SHACL violation in a record: the resource, the property path, and the violated shape's
 * message (its {@code sh:message} in English when it has one).
 */
public record Violation(String focusNode, String path, String message) {

    /** «path: message», the form the report uses as a reason. */
    public String describe() {
        return (path == null ? "" : path + ": ") + message;
    }
}
