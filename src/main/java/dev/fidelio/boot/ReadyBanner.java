package dev.fidelio.boot;

import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;

/** Tells the operator where the server answers, once it really does. */
@Singleton
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class);

    void onHttpStart(@ObservesAsync HttpServerStart start, FidelioConfig config,
            @ConfigProperty(name = "quarkus.http.host") String host) {
        LOG.infof("Fidelio is ready at http://%s:%d/ (data in %s, music from %s)", shown(host),
                start.options().getPort(), config.dataDir(), config.musicDirs());
    }

    /** With a certificate and key configured (QUARKUS_HTTP_SSL_CERTIFICATE_FILES, …), the server also answers HTTPS. */
    void onHttpsStart(@ObservesAsync HttpsServerStart start, @ConfigProperty(name = "quarkus.http.host") String host) {
        LOG.infof("Fidelio answers HTTPS at https://%s:%d/", shown(host), start.options().getPort());
    }

    private static String shown(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }
}
