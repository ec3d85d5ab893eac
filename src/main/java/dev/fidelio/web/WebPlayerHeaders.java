package dev.fidelio.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Response headers of the web player (bundled from {@code client-web/} and served at {@code /}). Its page is asked for
 * again on every visit, so a new version of the server is picked up at once; the bundle's file names carry a hash of
 * their content, so they are kept for a year. The page may only run the server's own scripts and talk to the server.
 */
@ApplicationScoped
public class WebPlayerHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final String BUNDLE_PATH = "/static/bundle/";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onRequest);
    }

    private void onRequest(RoutingContext context) {
        String path = context.normalizedPath();
        if (isPage(path) || path.startsWith(BUNDLE_PATH)) {
            context.addHeadersEndHandler(ignored -> apply(path, context.response().headers()));
        }
        context.next();
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.equals("/index.html");
    }

    private static void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (isPage(path)) {
            headers.set("Cache-Control", "no-cache");
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("Referrer-Policy", "same-origin");
        } else {
            headers.set("Cache-Control", "public, max-age=31536000, immutable");
        }
    }
}
