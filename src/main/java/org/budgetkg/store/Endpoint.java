package org.budgetkg.store;

import org.apache.jena.fuseki.main.FusekiServer;

/** Fuseki serving a store at {@code /budget/sparql}: read-only unless updates are asked for. */
public final class Endpoint implements AutoCloseable {
    private final FusekiServer server;

    private Endpoint(FusekiServer server) { this.server = server; }

    public static Endpoint start(Store store, int port, boolean allowUpdate) {
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add("/budget", store.datasetGraph(), allowUpdate)
                .build();
        server.start();
        return new Endpoint(server);
    }

    public int port() { return server.getHttpPort(); }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
