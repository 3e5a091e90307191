package kz.esimder.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Fills the Lucene name index from a loaded database. The bulk loader writes TDB2 directly, past
 * jena-text's change monitor, so the index is built afterwards from the indexed predicates of the
 * index definition in esimder-fuseki.ttl (what {@code jena.textindexer} does).
 */
final class NameIndexBuilder {
    private NameIndexBuilder() {}

    /** Indexes every literal of an indexed predicate; returns the number of entries added. */
    static long build(DatasetGraph database, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        long[] count = {0};
        Txn.executeRead(database, () -> {
            for (String field : definition.fields()) {
                for (Node predicate : definition.getPredicates(field)) {
                    database.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                        if (add(index, definition, quad)) count[0]++;
                    });
                }
            }
        });
        index.prepareCommit();
        index.commit();
        return count[0];
    }

    private static boolean add(TextIndex index, EntityDefinition definition, Quad quad) {
        if (!quad.getObject().isLiteral()) return false;
        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
        if (entity == null) return false;
        index.addEntity(entity);
        return true;
    }
}
