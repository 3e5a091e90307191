package kz.esimder.convert.link.partner;

/**
 * A statement of a partner's linkset that was not imported.
 *
 * @param line      the 1-based line where it stands (0 when the format does not tell)
 * @param statement the statement (or the line) as read
 * @param reason    why it was rejected
 */
public record Rejection(long line, String statement, String reason) {}
