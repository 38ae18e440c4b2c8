package org.budgetkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.fuseki.main.FusekiServer;
import org.budgetkg.store.TextSearch;

/**
 * The web pages served beside the SPARQL endpoint, by the same server: {@code /} (the documents loaded),
 * {@code /document}, {@code /policy}, {@code /org}, {@code /resource} (one resource each, {@code ?iri=}),
 * {@code /search?q=}, {@code /editor} (YASGUI with the example queries) and the files under {@code /web/}.
 * Every page only reads; the endpoint's own read-only setting and timeout are untouched.
 */
public final class Site {
    private Site() {}

    /** Adds the pages to a server about to be built; {@code names} is the store with its text index. */
    public static FusekiServer.Builder mount(FusekiServer.Builder server, TextSearch.Searchable names, String sparqlPath) {
        Pages pages = new Pages(new Graph(names.dataset()), names);
        Editor editor = new Editor(ExampleQueries.load(), sparqlPath);
        server.addServlet("", page(r -> pages.home()));
        server.addServlet("/document", page(r -> pages.document(iri(r))));
        server.addServlet("/policy", page(r -> pages.policy(iri(r))));
        server.addServlet("/org", page(r -> pages.organisation(iri(r))));
        server.addServlet("/resource", page(r -> pages.resource(iri(r))));
        server.addServlet("/search", page(r -> pages.search(r.getParameter("q"))));
        server.addServlet("/editor", page(r -> editor.page()));
        server.addServlet("/web/*", new Files());
        return server;
    }

    private static String iri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri == null || !iri.matches("https?://\\S+")) throw new IllegalArgumentException("the page needs ?iri= followed by an http(s) IRI");
        return iri;
    }

    /** A page made by {@code render}: null means nothing in the store has that IRI (404), a bad parameter is a 400. */
    private static HttpServlet page(Function<HttpServletRequest, String> render) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String html;
                int status = 200;
                try {
                    html = render.apply(request);
                    if (html == null) {
                        status = 404;
                        html = Html.page("未找到", "<h1>未找到</h1><p>图谱中没有 <code>" + Html.esc(request.getParameter("iri")) + "</code>。</p>");
                    }
                } catch (IllegalArgumentException e) {
                    status = 400;
                    html = Html.page("请求有误", "<h1>请求有误</h1><p>" + Html.esc(e.getMessage()) + "</p>");
                }
                response.setStatus(status);
                response.setContentType("text/html; charset=utf-8");
                response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8", "json", "application/json");

    /** The files of {@code web/} on the class path (the page's style, the editor and its glue); nothing outside it. */
    private static final class Files extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo();
            if (path == null || path.contains("..") || !path.matches("(/[\\w.-]+)+")) {
                response.sendError(404);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            try (InputStream in = Site.class.getClassLoader().getResourceAsStream("web" + path)) {
                if (in == null || !TYPES.containsKey(ext)) {
                    response.sendError(404);
                    return;
                }
                response.setContentType(TYPES.get(ext));
                response.setHeader("Cache-Control", "max-age=3600");
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
