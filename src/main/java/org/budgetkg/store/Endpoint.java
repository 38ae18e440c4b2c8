package org.budgetkg.store;

import org.apache.jena.fuseki.main.FusekiServer;

/** Fuseki serving a store at {@code /budget/sparql}, read-only unless updates are asked for, and the web pages at {@code /}. */
public final class Endpoint implements AutoCloseable {
    public static final String SPARQL_PATH = "/budget/sparql";

    private final FusekiServer server;

    private Endpoint(FusekiServer server) { this.server = server; }

    public static Endpoint start(Store store, int port, boolean allowUpdate) {
        return start(store, port, allowUpdate, true, 60, false);
    }

    /**
     * Fuseki on the loopback interface unless {@code loopbackOnly} is false; every query stops after
     * {@code timeoutSeconds} (an abandoned one too); SERVICE to other endpoints is refused unless allowed (otherwise any
     * client could make the server fetch any URL); {@code /$/ping} answers for health checks.
     */
    public static Endpoint start(Store store, int port, boolean allowUpdate, boolean loopbackOnly, int timeoutSeconds,
                                 boolean allowService) {
        org.apache.jena.sparql.util.Context cx = store.dataset().getContext();
        cx.set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
        cx.set(org.apache.jena.query.ARQ.httpServiceAllowed, allowService);
        // with text:query over the names (the store's index, or one built now for a store in memory)
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                .enablePing(true)
                .add("/budget", store.names().dataset(), allowUpdate);
        // the research pages at / beside the endpoint, reading the same dataset
        org.budgetkg.web.Site.mount(builder, store.names(), SPARQL_PATH);
        FusekiServer server = builder.build();
        server.start();
        return new Endpoint(server);
    }

    public int port() { return server.getHttpPort(); }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
