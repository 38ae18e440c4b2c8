package org.budgetkg.web;

import static org.budgetkg.web.Html.amount;
import static org.budgetkg.web.Html.esc;
import static org.budgetkg.web.Html.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.budgetkg.model.TableKind;
import org.budgetkg.store.TextSearch;

/**
 * The research pages, rendered from the graph on each request: the documents loaded, one document's tables back
 * from its facts (each cell with the page or line it was read from), a policy document with every project it funds,
 * an organisation with its documents by year, any other resource, and the search results.
 */
final class Pages {
    private static final String BKG = "https://w3id.org/budgetkg/ontology#";

    private final Graph graph;
    private final TextSearch.Searchable names;

    Pages(Graph graph, TextSearch.Searchable names) {
        this.graph = graph;
        this.names = names;
    }

    /** The page a resource opens on, chosen by what it is. */
    static String href(String iri, String kind) {
        String page = switch (kind == null ? "" : kind) {
            case "BudgetDocument" -> "/document";
            case "PolicyDocument" -> "/policy";
            case "Organization" -> "/org";
            default -> "/resource";
        };
        return page + "?iri=" + Html.url(iri);
    }

    // ---------------------------------------------------------------------------------------------------- home

    String home() {
        List<Map<String, Node>> docs = graph.select("""
            SELECT ?doc ?label ?entity ?entityName ?year ?kind ?total (GROUP_CONCAT(DISTINCT ?file; separator=" + ") AS ?files)
            WHERE {
              ?doc a bkg:BudgetDocument ; rdfs:label ?label ; bkg:reportingEntity ?entity ; bkg:fiscalYear ?year ;
                   bkg:documentKind ?k ; bkg:sourceFile ?file .
              ?entity rdfs:label ?entityName .
              ?k skos:prefLabel ?kind . FILTER(LANG(?kind) = "zh")
              OPTIONAL { ?doc bkg:grandTotal ?total }
            }
            GROUP BY ?doc ?label ?entity ?entityName ?year ?kind ?total
            ORDER BY ?year ?entityName ?label""");
        StringBuilder b = new StringBuilder();
        b.append("<h1>预算公开知识图谱</h1>\n<p class=\"lead\">").append(docs.size())
                .append(" 份预算公开文件。每份文件的表格从图谱重新排出，每个数字注明读自哪一页或哪一行；金额单位：万元。</p>\n");
        b.append("<table class=\"list\" id=\"documents\"><thead><tr><th>年度</th><th>主体</th><th>类型</th><th class=\"num\">收支总计（万元）</th><th>来源文件</th><th></th></tr></thead><tbody>\n");
        for (Map<String, Node> d : docs) {
            b.append("<tr><td>").append(esc(Graph.text(d, "year"))).append("</td><td>")
                    .append(link(href(Graph.text(d, "entity"), "Organization"), Graph.text(d, "entityName"))).append("</td><td>")
                    .append(esc(Graph.text(d, "kind"))).append("</td><td class=\"num\">").append(amount(Graph.decimal(d, "total")))
                    .append("</td><td class=\"file\">").append(esc(Graph.text(d, "files"))).append("</td><td>")
                    .append(link(href(Graph.text(d, "doc"), "BudgetDocument"), "查看表格")).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        List<Map<String, Node>> policies = graph.select("""
            SELECT ?d ?number ?title (COUNT(DISTINCT ?p) AS ?projects) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
              ?d a bkg:PolicyDocument ; bkg:documentNumber ?number . OPTIONAL { ?d dcterms:title ?title }
              ?p bkg:policyBasis ?d ; prov:wasDerivedFrom ?doc .
            } GROUP BY ?d ?number ?title ORDER BY DESC(?projects) ?number LIMIT 30""");
        if (!policies.isEmpty()) {
            b.append("<h2>政策依据（文号）</h2>\n<table class=\"list\" id=\"policies\"><thead><tr><th>文号</th><th>标题</th><th class=\"num\">项目</th><th class=\"num\">文件</th></tr></thead><tbody>\n");
            for (Map<String, Node> p : policies) {
                b.append("<tr><td>").append(link(href(Graph.text(p, "d"), "PolicyDocument"), Graph.text(p, "number"))).append("</td><td>")
                        .append(esc(Graph.text(p, "title"))).append("</td><td class=\"num\">").append(esc(Graph.text(p, "projects")))
                        .append("</td><td class=\"num\">").append(esc(Graph.text(p, "documents"))).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return Html.page("预算公开知识图谱", b.toString());
    }

    // ---------------------------------------------------------------------------------------------------- document

    String document(String iri) {
        Node doc = NodeFactory.createURI(iri);
        List<Map<String, Node>> head = graph.select("""
            SELECT ?label ?entity ?entityName ?year ?kind (GROUP_CONCAT(DISTINCT ?file; separator=" + ") AS ?files) WHERE {
              ?doc a bkg:BudgetDocument ; rdfs:label ?label ; bkg:reportingEntity ?entity ; bkg:fiscalYear ?year ;
                   bkg:documentKind ?k ; bkg:sourceFile ?file .
              ?entity rdfs:label ?entityName . ?k skos:prefLabel ?kind . FILTER(LANG(?kind) = "zh")
            } GROUP BY ?label ?entity ?entityName ?year ?kind""", Map.of("doc", doc));
        if (head.isEmpty()) return null;
        Map<String, Node> h = head.get(0);
        String files = Graph.text(h, "files");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Graph.text(h, "label"))).append("</h1>\n<dl class=\"about\"><dt>主体</dt><dd>")
                .append(link(href(Graph.text(h, "entity"), "Organization"), Graph.text(h, "entityName")))
                .append("</dd><dt>年度</dt><dd>").append(esc(Graph.text(h, "year"))).append("</dd><dt>类型</dt><dd>")
                .append(esc(Graph.text(h, "kind"))).append("</dd><dt>来源文件</dt><dd class=\"file\">").append(esc(files))
                .append("</dd><dt>IRI</dt><dd><code>").append(esc(iri)).append("</code></dd></dl>\n");
        for (Grid g : grids(doc)) b.append(render(g, files));
        b.append(projects(doc));
        b.append(findings(doc));
        return Html.page(Graph.text(h, "label"), b.toString());
    }

    /**
     * The dimensions that make a slice's rows, in the order a row names them, each with what the slice is called;
     * a fact with none of them is a total or a revenue by source.
     */
    private static final Map<String, String> ROW_DIMENSIONS = linked(
            "organization", "单位", "project", "项目", "functionalClass", "支出功能分类", "economicClass", "支出经济分类",
            "governmentEconomicClass", "政府预算支出经济分类", "threePublicCategory", "“三公”经费", "procurementCategory", "政府采购",
            "expenseItem", "费用项目");
    private static final List<String> COLUMN_DIMENSIONS = List.of("carryOverSource", "expenditureType");

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    private record Cell(BigDecimal amount, String table, int page, int line) {}

    /** One slice of the document's cube: the facts with the same row dimensions and funding source, as one grid. */
    private static final class Grid {
        final String title;
        int firstPosition = Integer.MAX_VALUE;
        final Map<List<String>, Map<String, Cell>> rows = new LinkedHashMap<>();
        final Map<List<String>, Integer> rowPosition = new LinkedHashMap<>();
        /** Column name → how many dimensions it combines: the total comes first, then the parts, as tables print them. */
        final Map<String, Integer> columns = new LinkedHashMap<>();

        Grid(String title) { this.title = title; }
    }

    /**
     * The document's facts as grids by slice rather than by the table they were read from: a cell printed in two tables
     * is one fact, kept with the table that gave it first, so grids by table would have holes where a grid by slice
     * is whole.
     */
    private List<Grid> grids(Node doc) {
        List<Map<String, Node>> rows = graph.select("""
            SELECT ?f ?amount ?table ?page ?line ?p ?v ?notation ?name WHERE {
              GRAPH ?doc { ?f bkg:document ?doc ; bkg:amount ?amount .
                OPTIONAL { ?f bkg:sourceTable ?table } OPTIONAL { ?f bkg:sourcePage ?page } OPTIONAL { ?f bkg:sourceLine ?line }
                OPTIONAL { ?f ?p ?v . FILTER(STRSTARTS(STR(?p), STR(bkg:)) && isIRI(?v) && ?p NOT IN (bkg:document)) } }
              OPTIONAL { ?v skos:notation ?notation }
              OPTIONAL { ?v skos:prefLabel|rdfs:label ?name FILTER(LANG(?name) IN ("zh", "")) }
            }""", Map.of("doc", doc));
        Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
        Map<String, Map<String, Node>> facts = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            String f = Graph.text(r, "f");
            facts.putIfAbsent(f, r);
            String p = Graph.text(r, "p");
            if (p == null) continue;
            String dimension = p.substring(BKG.length());
            String notation = Graph.text(r, "notation");
            String name = Graph.text(r, "name");
            String value = notation != null ? notation + (name == null ? "" : " " + name) : name != null ? name : local(Graph.text(r, "v"));
            dimensions.computeIfAbsent(f, k -> new TreeMap<>()).merge(dimension, value, (a, c) -> a.length() >= c.length() ? a : c);
        }
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (var e : facts.entrySet()) {
            Map<String, Node> r = e.getValue();
            Map<String, String> dims = dimensions.getOrDefault(e.getKey(), Map.of());
            String table = tableOf(r);
            List<String> rowKey = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (var d : ROW_DIMENSIONS.entrySet()) {
                if (!dims.containsKey(d.getKey())) continue;
                rowKey.add(dims.get(d.getKey()));
                kinds.add(d.getValue());
            }
            String source = dims.get("fundingSource");
            String title;
            if (rowKey.isEmpty()) {
                // totals and revenue: a row per funding source
                title = "收支合计（按资金来源）";
                rowKey.add(source == null ? "合计" : source);
            } else {
                title = String.join(" × ", kinds) + " · " + (source == null ? "全部资金" : source);
            }
            if (table.equals("NARRATIVE")) title = "情况说明中的数字 · " + title;
            List<String> colKey = new ArrayList<>();
            for (String d : COLUMN_DIMENSIONS) if (dims.containsKey(d)) colKey.add(dims.get(d));
            String column = colKey.isEmpty() ? "合计" : String.join(" · ", colKey);
            int page = Graph.integer(r, "page"), line = Graph.integer(r, "line");
            int position = page > 0 ? page * 100_000 + line : line;
            Grid g = grids.computeIfAbsent(title, Grid::new);
            g.firstPosition = Math.min(g.firstPosition, position);
            g.columns.putIfAbsent(column, colKey.size());
            g.rows.computeIfAbsent(rowKey, k -> new LinkedHashMap<>()).put(column, new Cell(Graph.decimal(r, "amount"), table, page, line));
            g.rowPosition.merge(rowKey, position, Math::min);
        }
        List<Grid> ordered = new ArrayList<>(grids.values());
        ordered.sort(Comparator.comparingInt(g -> g.firstPosition));
        return ordered;
    }

    private static String tableOf(Map<String, Node> fact) {
        String table = Graph.text(fact, "table");
        return table == null ? "UNKNOWN" : table;
    }

    private static String local(String iri) {
        if (iri == null) return "";
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    /** The name of the table a cell was read from, for the note on where it was read. */
    private static String tableTitle(String name) {
        try {
            TableKind k = TableKind.valueOf(name);
            return switch (k) {
                case UNKNOWN -> "文字";
                case NARRATIVE -> "情况说明";
                case THREE_PUBLIC -> "“三公”经费支出表";
                case FISCAL_OVERVIEW -> "财政拨款收支总体情况表";
                default -> k.titleKey().endsWith("表") ? k.titleKey() : k.titleKey() + "表";
            };
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** Columns in the order the tables print them: the total, 基本支出 with its parts, then 项目支出; others as read. */
    private static final List<String> COLUMN_ORDER = List.of("合计", "基本支出", "人员经费", "公用经费", "项目支出");

    private static int columnRank(String column) {
        for (int i = 0; i < COLUMN_ORDER.size(); i++) if (column.endsWith(COLUMN_ORDER.get(i))) return i;
        return COLUMN_ORDER.size();
    }

    private static String render(Grid g, String files) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"table\"><h2>").append(esc(g.title)).append("</h2>\n<table class=\"cube\"><thead><tr><th></th>");
        List<String> columns = new ArrayList<>(g.columns.keySet());
        columns.sort(Comparator.comparingInt((String c) -> g.columns.get(c)).thenComparingInt(Pages::columnRank));
        for (String c : columns) b.append("<th class=\"num\">").append(esc(c)).append("</th>");
        b.append("</tr></thead><tbody>\n");
        List<List<String>> keys = new ArrayList<>(g.rows.keySet());
        // rows by code where they have one, so a 类 comes before its 款 and 项, else in the order they were read
        keys.sort(Comparator.comparing((List<String> k) -> k.get(k.size() - 1).matches("\\d.*") ? k.get(k.size() - 1) : "")
                .thenComparing(g.rowPosition::get));
        for (List<String> key : keys) {
            b.append("<tr><th>").append(esc(String.join(" · ", key))).append("</th>");
            Map<String, Cell> cells = g.rows.get(key);
            for (String c : columns) {
                Cell cell = cells.get(c);
                if (cell == null) {
                    b.append("<td></td>");
                    continue;
                }
                String where = tableTitle(cell.table) + "，" + files
                        + (cell.page > 0 ? " 第 " + cell.page + " 页" : cell.line > 0 ? " 第 " + cell.line + " 行" : "");
                b.append("<td class=\"num\" title=\"").append(esc(where)).append("\" data-source=\"").append(esc(where)).append("\">")
                        .append(amount(cell.amount)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");
        return b.toString();
    }


    private String projects(Node doc) {
        List<Map<String, Node>> rows = graph.select("""
            SELECT ?p ?name ?unit ?planned ?policy ?number WHERE {
              GRAPH ?doc { ?p a bkg:Project ; rdfs:label ?name . OPTIONAL { ?p bkg:plannedAmount ?planned }
                OPTIONAL { ?p bkg:undertakenBy/rdfs:label ?unit } OPTIONAL { ?p bkg:policyBasis ?policy . ?policy bkg:documentNumber ?number } }
            } ORDER BY ?unit ?name ?number""", Map.of("doc", doc));
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section id=\"projects\"><h2>项目</h2>\n<table class=\"list\"><thead><tr><th>项目</th><th>承担单位</th><th class=\"num\">预算安排（万元）</th><th>政策依据</th></tr></thead><tbody>\n");
        for (Map<String, Node> r : rows) {
            String policy = Graph.text(r, "policy");
            b.append("<tr><td>").append(link(href(Graph.text(r, "p"), "Project"), Graph.text(r, "name"))).append("</td><td>")
                    .append(esc(Graph.text(r, "unit"))).append("</td><td class=\"num\">").append(amount(Graph.decimal(r, "planned")))
                    .append("</td><td>").append(policy == null ? "" : link(href(policy, "PolicyDocument"), Graph.text(r, "number")))
                    .append("</td></tr>\n");
        }
        return b.append("</tbody></table></section>\n").toString();
    }

    private String findings(Node doc) {
        List<Map<String, Node>> rows = graph.select("""
            SELECT ?severity ?comment ?page ?line WHERE {
              GRAPH ?doc { ?i a bkg:ReadingIssue ; bkg:severity ?severity ; rdfs:comment ?comment .
                OPTIONAL { ?i bkg:sourcePage ?page } OPTIONAL { ?i bkg:sourceLine ?line } }
            } ORDER BY ?page ?line""", Map.of("doc", doc));
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section id=\"findings\"><h2>读取时的发现</h2><ul>\n");
        for (Map<String, Node> r : rows) {
            b.append("<li class=\"").append(esc(Graph.text(r, "severity"))).append("\">").append(esc(Graph.text(r, "comment"))).append("</li>\n");
        }
        return b.append("</ul></section>\n").toString();
    }

    // ---------------------------------------------------------------------------------------------------- policy

    String policy(String iri) {
        Node d = NodeFactory.createURI(iri);
        List<Map<String, Node>> head = graph.select("""
            SELECT ?number (SAMPLE(?t) AS ?title) (SAMPLE(?i) AS ?issuer) (SAMPLE(?y) AS ?year) WHERE {
              ?d a bkg:PolicyDocument ; bkg:documentNumber ?number .
              OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d bkg:issuerCode ?i } OPTIONAL { ?d bkg:issueYear ?y }
            } GROUP BY ?number""", Map.of("d", d));
        if (head.isEmpty()) return null;
        Map<String, Node> h = head.get(0);
        List<Map<String, Node>> rows = graph.select("""
            SELECT ?doc ?year ?entity ?p ?project ?unit ?planned WHERE {
              ?p bkg:policyBasis ?d ; rdfs:label ?project ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?p bkg:undertakenBy/rdfs:label ?unit } OPTIONAL { ?p bkg:plannedAmount ?planned }
              ?doc a bkg:BudgetDocument ; bkg:reportingEntity/rdfs:label ?entity ; bkg:fiscalYear ?year .
            } ORDER BY ?year ?entity ?project""", Map.of("d", d));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Graph.text(h, "number"))).append("</h1>\n<dl class=\"about\"><dt>标题</dt><dd>")
                .append(esc(Graph.text(h, "title"))).append("</dd><dt>发文机关代字</dt><dd>").append(esc(Graph.text(h, "issuer")))
                .append("</dd><dt>发文年份</dt><dd>").append(esc(Graph.text(h, "year"))).append("</dd></dl>\n");
        b.append("<h2>以此为政策依据的项目</h2>\n<table class=\"list\" id=\"funded\"><thead><tr><th>年度</th><th>部门</th><th>项目</th><th>承担单位</th><th class=\"num\">预算安排（万元）</th></tr></thead><tbody>\n");
        for (Map<String, Node> r : rows) {
            b.append("<tr><td>").append(esc(Graph.text(r, "year"))).append("</td><td>")
                    .append(link(href(Graph.text(r, "doc"), "BudgetDocument"), Graph.text(r, "entity"))).append("</td><td>")
                    .append(link(href(Graph.text(r, "p"), "Project"), Graph.text(r, "project"))).append("</td><td>")
                    .append(esc(Graph.text(r, "unit"))).append("</td><td class=\"num\">").append(amount(Graph.decimal(r, "planned")))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        return Html.page(Graph.text(h, "number"), b.toString());
    }

    // ---------------------------------------------------------------------------------------------------- organisation

    String organisation(String iri) {
        Node o = NodeFactory.createURI(iri);
        List<Map<String, Node>> head = graph.select("""
            SELECT ?name (GROUP_CONCAT(DISTINCT ?alt; separator="、") AS ?alts) WHERE {
              ?o a org:Organization ; rdfs:label ?name . OPTIONAL { ?o skos:altLabel ?alt }
            } GROUP BY ?name""", Map.of("o", o));
        if (head.isEmpty()) return null;
        Map<String, Node> h = head.get(0);
        StringBuilder b = new StringBuilder("<h1>" + esc(Graph.text(h, "name")) + "</h1>\n");
        String alts = Graph.text(h, "alts");
        if (alts != null && !alts.isEmpty()) b.append("<p>又作：").append(esc(alts)).append("</p>\n");
        List<Map<String, Node>> related = graph.select("""
            SELECT DISTINCT ?other ?name ?rel WHERE {
              { ?o org:subOrganizationOf ?other . BIND("上级" AS ?rel) } UNION { ?other org:subOrganizationOf ?o . BIND("下属" AS ?rel) }
              ?other rdfs:label ?name .
            } ORDER BY ?rel ?name""", Map.of("o", o));
        if (!related.isEmpty()) {
            b.append("<ul class=\"related\">");
            for (Map<String, Node> r : related) {
                b.append("<li>").append(esc(Graph.text(r, "rel"))).append("：")
                        .append(link(href(Graph.text(r, "other"), "Organization"), Graph.text(r, "name"))).append("</li>");
            }
            b.append("</ul>\n");
        }
        List<Map<String, Node>> docs = graph.select("""
            SELECT DISTINCT ?doc ?label ?year ?role WHERE {
              { ?doc bkg:reportingEntity ?o . BIND("报送主体" AS ?role) }
              UNION { GRAPH ?doc { ?x bkg:organization|bkg:undertakenBy|org:subOrganizationOf ?o } FILTER NOT EXISTS { ?doc bkg:reportingEntity ?o } BIND("文件中列出" AS ?role) }
              ?doc a bkg:BudgetDocument ; rdfs:label ?label ; bkg:fiscalYear ?year .
            } ORDER BY ?year ?label""", Map.of("o", o));
        b.append("<h2>按年度的文件</h2>\n<table class=\"list\" id=\"documents\"><thead><tr><th>年度</th><th>文件</th><th>关系</th></tr></thead><tbody>\n");
        for (Map<String, Node> r : docs) {
            b.append("<tr><td>").append(esc(Graph.text(r, "year"))).append("</td><td>")
                    .append(link(href(Graph.text(r, "doc"), "BudgetDocument"), Graph.text(r, "label"))).append("</td><td>")
                    .append(esc(Graph.text(r, "role"))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        return Html.page(Graph.text(h, "name"), b.toString());
    }

    // ---------------------------------------------------------------------------------------------------- any resource

    String resource(String iri) {
        Node s = NodeFactory.createURI(iri);
        List<Map<String, Node>> rows = graph.select("""
            SELECT DISTINCT ?p ?o ?oname ?otype WHERE {
              ?s ?p ?o . OPTIONAL { ?o rdfs:label|skos:prefLabel ?oname FILTER(LANG(?oname) IN ("zh", "")) }
              OPTIONAL { ?o a ?otype FILTER(?otype IN (bkg:BudgetDocument, bkg:PolicyDocument, org:Organization)) }
            } ORDER BY ?p ?o""", Map.of("s", s));
        if (rows.isEmpty()) return null;
        String title = iri;
        StringBuilder t = new StringBuilder("<table class=\"list\" id=\"properties\"><tbody>\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, Node> r : rows) {
            Node o = r.get("o");
            String p = Graph.text(r, "p");
            String key = p + "|" + o;
            if (!seen.add(key)) continue;
            if (p.endsWith("#label") && o.isLiteral() && title.equals(iri)) title = o.getLiteralLexicalForm();
            String value;
            if (o.isURI()) {
                String name = Graph.text(r, "oname");
                value = link(href(o.getURI(), local(Graph.text(r, "otype"))), name != null ? name : local(o.getURI()));
            } else {
                value = esc(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
            }
            t.append("<tr><th>").append(esc(local(p))).append("</th><td>").append(value).append("</td></tr>\n");
        }
        t.append("</tbody></table>\n");
        return Html.page(title, "<h1>" + esc(title) + "</h1>\n<p><code>" + esc(iri) + "</code></p>\n" + t);
    }

    // ---------------------------------------------------------------------------------------------------- search

    String search(String words) {
        StringBuilder b = new StringBuilder("<h1>检索</h1>\n<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\""
                + esc(words) + "\"> <button type=\"submit\">检索</button></form>\n");
        if (words != null && !words.isBlank()) {
            List<TextSearch.Hit> hits;
            try {
                hits = names.search(words, 100);
            } catch (RuntimeException e) {
                // a query Lucene cannot parse (an unmatched quote, a lone AND) is the user's to correct, not a server error
                return Html.page("检索", b + "<p class=\"error\">无法检索“" + esc(words) + "”：" + esc(e.getMessage()) + "</p>");
            }
            b.append("<p>").append(hits.size()).append(" 个结果</p>\n<table class=\"list\" id=\"hits\"><thead><tr><th>名称</th><th>类别</th><th class=\"num\">相关度</th></tr></thead><tbody>\n");
            for (TextSearch.Hit h : hits) {
                b.append("<tr><td>").append(link(href(h.iri(), h.kind()), h.name())).append("</td><td>").append(esc(h.kind()))
                        .append("</td><td class=\"num\">").append(String.format(java.util.Locale.ROOT, "%.2f", h.score())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return Html.page("检索 " + (words == null ? "" : words), b.toString());
    }
}
