package dev.fidelio.boot;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Plain HTTP stays HTTP/1.1: a client asking to upgrade it to cleartext HTTP/2 (h2c; Java's own HTTP client does by
 * default) would otherwise get a 404 instead of the redirect to HTTPS when plain requests are to be redirected.
 * Browsers, renderers and apps never use h2c; HTTP/2 over HTTPS is unaffected.
 */
@ApplicationScoped
public class PlainHttpWithoutUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
