package org.budgetkg.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the frame every page shares: the pages build their HTML as text, so every value goes through {@link #esc}. */
final class Html {
    private Html() {}

    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String value) { return URLEncoder.encode(value, StandardCharsets.UTF_8); }

    /**
     * An amount in 万元 as the documents print it: two decimals at least, every further digit the store holds kept
     * (a table printed in 元 gives six), no grouping, so that a copied figure pastes as a number.
     */
    static String amount(BigDecimal v) {
        if (v == null) return "";
        return v.setScale(Math.max(2, v.stripTrailingZeros().scale())).toPlainString();
    }

    static String link(String href, Object text) { return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>"; }

    /** The page: a title, the navigation with the search box, and the body. */
    static String page(String title, String body) {
        return """
            <!DOCTYPE html>
            <html lang="zh">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · budgetkg</title><link rel="stylesheet" href="/web/site.css"></head>
            <body>
            <nav><a class="home" href="/">budgetkg</a> <a href="/editor">SPARQL 编辑器</a> <a href="/budget/sparql?query=%s">SPARQL 端点</a>
            <form action="/search" method="get" role="search"><input type="search" name="q" placeholder="检索单位、项目、文号、指标…" aria-label="检索">
            <button type="submit">检索</button></form></nav>
            <main>
            %s
            </main>
            </body></html>
            """.formatted(esc(title), url("SELECT * WHERE { ?s ?p ?o } LIMIT 10"), body);
    }
}
