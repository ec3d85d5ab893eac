package dev.fidelio.boot;

import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServerStart;

/** Tells the operator where the server answers, once it really does. */
@Singleton
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class);

    void onHttpStart(@ObservesAsync HttpServerStart start, FidelioConfig config,
            @ConfigProperty(name = "quarkus.http.host") String host) {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        LOG.infof("Fidelio is ready at http://%s:%d/ (data in %s, music from %s)", shown,
                start.options().getPort(), config.dataDir(), config.musicDirs());
    }
}
