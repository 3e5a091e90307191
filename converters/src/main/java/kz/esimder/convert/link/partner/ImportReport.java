package kz.esimder.convert.link.partner;

import java.util.List;

/**
 * What an import did: how many link triples went into the partner's linkset graph, and every
 * statement that did not, with its line and reason.
 */
public record ImportReport(String graph, long accepted, List<Rejection> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
