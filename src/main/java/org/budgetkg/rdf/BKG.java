package org.budgetkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The bkg: vocabulary, named after its prefix (as Jena's vocabulary classes are). */
public final class BKG {
    public static final String NS = "https://w3id.org/budgetkg/ontology#";
    public static final String ID = "https://w3id.org/budgetkg/id/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** The W3C RDF Data Cube vocabulary: every fact is also a qb:Observation. */
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/budgetkg/ontology";
    /**
     * The graph of what many documents refer to and none owns: classification codes, data structure definitions, policy
     * documents, regions and purposes of allocations, described once for the store instead of once per citing document.
     */
    public static final String SHARED_GRAPH = "https://w3id.org/budgetkg/shared";

    private BKG() {}

    public static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node BudgetDocument = term("BudgetDocument");
    public static final Node BudgetFact = term("BudgetFact");
    public static final Node Project = term("Project");
    public static final Node PolicyDocument = term("PolicyDocument");
    public static final Node PerformanceIndicator = term("PerformanceIndicator");
    public static final Node StaffCount = term("StaffCount");
    public static final Node Allocation = term("Allocation");
    public static final Node Region = term("Region");
    public static final Node FunctionalClassification = term("FunctionalClassification");
    public static final Node EconomicClassification = term("EconomicClassification");

    public static final Node fiscalYear = term("fiscalYear");
    public static final Node grandTotal = term("grandTotal");
    public static final Node documentKind = term("documentKind");
    public static final Node reportingEntity = term("reportingEntity");
    public static final Node sourceFile = term("sourceFile");
    public static final Node document = term("document");
    public static final Node amount = term("amount");
    public static final Node functionalClass = term("functionalClass");
    public static final Node economicClass = term("economicClass");
    public static final Node governmentEconomicClass = term("governmentEconomicClass");
    public static final Node expenditureType = term("expenditureType");
    public static final Node fundingSource = term("fundingSource");
    public static final Node carryOverSource = term("carryOverSource");
    public static final Node organization = term("organization");
    public static final Node project = term("project");
    public static final Node threePublicCategory = term("threePublicCategory");
    public static final Node procurementCategory = term("procurementCategory");
    public static final Node expenseItem = term("expenseItem");
    public static final Node sourceTable = term("sourceTable");
    public static final Node staffCategory = term("staffCategory");
    public static final Node count = term("count");
    public static final Node undertakenBy = term("undertakenBy");
    public static final Node plannedAmount = term("plannedAmount");
    public static final Node executionPeriod = term("executionPeriod");
    public static final Node policyBasis = term("policyBasis");
    public static final Node documentNumber = term("documentNumber");
    public static final Node issuerCode = term("issuerCode");
    public static final Node issueYear = term("issueYear");
    public static final Node serialNumber = term("serialNumber");
    public static final Node allocation = term("allocation");
    public static final Node recipient = term("recipient");
    public static final Node allocationKind = term("allocationKind");
    public static final Node indicatorOf = term("indicatorOf");
    public static final Node level1 = term("level1");
    public static final Node level2 = term("level2");
    public static final Node comparator = term("comparator");
    public static final Node targetValue = term("targetValue");
    public static final Node targetUnit = term("targetUnit");
    public static final Node targetText = term("targetText");
    public static final Node weight = term("weight");
    public static final Node basisText = term("basisText");
    public static final Node basisDocument = term("basisDocument");
    public static final Node previousValue = term("previousValue");
    public static final Node sourcePage = term("sourcePage");
    public static final Node sourceLine = term("sourceLine");

    public static Node rdf(String local) { return NodeFactory.createURI(RDF + local); }
    public static Node rdfs(String local) { return NodeFactory.createURI(RDFS + local); }
    public static Node skos(String local) { return NodeFactory.createURI(SKOS + local); }
    public static Node org(String local) { return NodeFactory.createURI(ORG + local); }
    public static Node prov(String local) { return NodeFactory.createURI(PROV + local); }

    public static Node qb(String local) { return NodeFactory.createURI(QB + local); }
    public static Node dcterms(String local) { return NodeFactory.createURI(DCTERMS + local); }

    /** The ontology as shipped ({@code ontology/budget.ttl} on the class path): classes, properties, schemes, cube structure. */
    public static org.apache.jena.graph.Graph ontologyGraph() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (java.io.InputStream in = BKG.class.getResourceAsStream("/ontology/budget.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/budget.ttl is not on the class path");
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }
}
