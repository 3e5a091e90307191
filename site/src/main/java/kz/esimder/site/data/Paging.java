package kz.esimder.site.data;

import org.apache.jena.query.ParameterizedSparqlString;

/** One page of a listing: 1-based {@code page} of {@code size} rows, as SPARQL LIMIT/OFFSET. */
public record Paging(int page, int size) {
    public static final int MAX_PAGE = 100_000;

    public Paging {
        if (page < 1 || page > MAX_PAGE) {
            throw new BadRequestException("error.badPage", page);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** Appends LIMIT size+1 (the extra row says whether a next page exists) and OFFSET. */
    public ParameterizedSparqlString appendTo(ParameterizedSparqlString q) {
        q.append(" LIMIT ");
        q.append(size + 1);
        q.append(" OFFSET ");
        q.append(offset());
        return q;
    }

    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
