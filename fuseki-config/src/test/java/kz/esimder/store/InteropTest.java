package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;

/** Partner clients against the running endpoint: RDF4J's SPARQLRepository, Jena's RDFConnection, federated SERVICE. */
class InteropTest extends EndpointOverTestData {
    static final String TYPED = "PREFIX esm: <https://w3id.org/esimder/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?label ?birthDate ?birthYear ?arrest { <" + TestData.BAITURSYNULY + "> rdfs:label ?label ; "
            + "esm:birthDate ?birthDate ; esm:birthYear ?birthYear . "
            + "?e esm:person <" + TestData.BAITURSYNULY + "> ; esm:eventType <https://w3id.org/esimder/vocab/event-type/arrest> ; esm:date ?arrest }";


    @Test
    void rdf4jSparqlRepositoryGetsTypedCyrillicResults() {
        SPARQLRepository repository = new SPARQLRepository(endpoint.sparql());
        try (RepositoryConnection connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(TYPED).evaluate()) {
            List<BindingSet> rows = result.stream().toList();
            assertThat(rows).hasSize(1);
            BindingSet row = rows.get(0);
            assertThat(row.getValue("label").stringValue()).isEqualTo("Байтұрсынұлы Ахмет");
            Literal birthDate = (Literal) row.getValue("birthDate");
            assertThat(birthDate.getDatatype()).isEqualTo(XSD.GYEAR);
            assertThat(birthDate.getLabel()).isEqualTo("1872");
            Literal birthYear = (Literal) row.getValue("birthYear");
            assertThat(birthYear.getDatatype()).isEqualTo(XSD.INTEGER);
            assertThat(birthYear.intValue()).isEqualTo(1872);
            Literal arrest = (Literal) row.getValue("arrest");
            assertThat(arrest.getDatatype()).isEqualTo(XSD.DATE);
            assertThat(arrest.calendarValue().getYear()).isEqualTo(1937);
            assertThat(arrest.calendarValue().getMonth()).isEqualTo(10);
        } finally {
            repository.shutDown();
        }
        // CONSTRUCT through RDF4J as well.
        try (RepositoryConnection connection = repository.getConnection()) {
            var graph = connection.prepareGraphQuery("DESCRIBE <" + TestData.AGEEV + ">").evaluate();
            long surnames = graph.stream().filter(s -> s.getPredicate().stringValue().endsWith("#surname")
                    && s.getObject().stringValue().equals("Агеев")).count();
            assertThat(surnames).isEqualTo(1);
        }
    }

    @Test
    void jenaRdfConnectionGetsTypedCyrillicResults() {
        try (RDFConnection connection = RDFConnection.queryConnect(endpoint.sparql())) {
            Map<String, QuerySolution> rows = new HashMap<>();
            connection.querySelect(TYPED, s -> rows.put("row", s));
            QuerySolution row = rows.get("row");
            assertThat(row.getLiteral("label").getLexicalForm()).isEqualTo("Байтұрсынұлы Ахмет");
            assertThat(row.getLiteral("birthDate").getDatatype()).isEqualTo(XSDDatatype.XSDgYear);
            assertThat(row.getLiteral("birthYear").getDatatype()).isEqualTo(XSDDatatype.XSDinteger);
            assertThat(row.getLiteral("birthYear").getInt()).isEqualTo(1872);
            assertThat(row.getLiteral("arrest").getDatatype()).isEqualTo(XSDDatatype.XSDdate);
            assertThat(row.getLiteral("arrest").getLexicalForm()).isEqualTo("1937-10-08");
            assertThat(connection.queryAsk("ASK { ?p <https://w3id.org/esimder/ontology#surname> \"Жұмабаев\" }")).isTrue();
        }
    }

    @Test
    void aFederatedServiceQueryFromAnotherFusekiReachesOurs() {
        FusekiServer other = FusekiServer.create().port(0).add("/other", DatasetGraphFactory.createTxnMem()).build().start();
        try (RDFConnection connection = RDFConnection.queryConnect("http://localhost:" + other.getPort() + "/other")) {
            String federated = "PREFIX esm: <https://w3id.org/esimder/ontology#>\n"
                    + "SELECT ?surname { SERVICE <" + endpoint.sparql() + "> { ?p esm:surname ?surname ; esm:birthYear ?y FILTER(?y < 1870) } }";
            List<String> surnames = new java.util.ArrayList<>();
            connection.querySelect(federated, s -> surnames.add(s.getLiteral("surname").getLexicalForm()));
            assertThat(surnames).containsExactly("Бөкейхан");
        } finally {
            other.stop();
        }
    }
}
