package kz.esimder.store;

import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;

/** Fuseki's standard operation handlers, with the query operation bounded by the result limit. */
final class EndpointOperations {
    private EndpointOperations() {}

    static OperationRegistry registry(StoreSettings settings) {
        OperationRegistry registry = OperationRegistry.createStd();
        registry.register(Operation.Query, new ResultLimitedQuery(settings.resultLimit()));
        return registry;
    }
}
