package org.budgetkg.web;

import static org.budgetkg.web.Html.esc;

/** The SPARQL editor page: YASGUI against the endpoint, with every example query one click away. */
record Editor(ExampleQueries queries, String sparqlPath) {
    String page() {
        StringBuilder b = new StringBuilder();
        b.append("<link rel=\"stylesheet\" href=\"/web/yasgui/build/yasgui.min.css\">\n<h1>SPARQL 编辑器</h1>\n")
                .append("<p>端点：<code>").append(esc(sparqlPath)).append("</code>。点一个示例查询即载入并运行；Ctrl+Enter 运行编辑后的查询。</p>\n")
                .append("<div class=\"editor\"><ol class=\"examples\">\n");
        for (ExampleQueries.Example e : queries.examples()) {
            b.append("<li><button type=\"button\" data-example=\"").append(esc(e.name())).append("\" title=\"").append(esc(e.description()))
                    .append("\">").append(esc(e.name())).append("</button><span>").append(esc(e.description())).append("</span>")
                    .append("<textarea hidden id=\"q-").append(esc(e.name())).append("\">").append(esc(e.text())).append("</textarea></li>\n");
        }
        b.append("</ol>\n<div id=\"yasgui\" data-endpoint=\"").append(esc(sparqlPath)).append("\"></div></div>\n")
                .append("<script src=\"/web/yasgui/build/yasgui.min.js\"></script>\n<script src=\"/web/editor.js\"></script>\n");
        return Html.page("SPARQL 编辑器", b.toString());
    }
}
