package dev.fidelio.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.ExternalTool;
import dev.fidelio.testsupport.ServerProcess;

/** HTTPS from the server itself, with a PEM certificate and key, as docs/deploy.md tells an operator to set it up. */
class HttpsIT {

    @TempDir
    Path work;

    @Test
    void servesHttpsWithThePemFilesItIsGivenAndSendsPlainHttpThere() throws Exception {
        Path certificate = work.resolve("fullchain.pem");
        Path key = work.resolve("privkey.pem");
        ExternalTool.require("openssl").run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out", certificate.toString());
        int httpsPort = ServerProcess.freePort();
        Map<String, String> settings = Map.of("FIDELIO_DATA_DIR", work.resolve("data").toString(),
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_SSL_PORT", String.valueOf(httpsPort),
                "QUARKUS_HTTP_SSL_CERTIFICATE_FILES", certificate.toString(),
                "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_FILES", key.toString(),
                "QUARKUS_HTTP_INSECURE_REQUESTS", "redirect");
        try (ServerProcess server = ServerProcess.start(settings, work)) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(certificate)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + "/q/health")).build();
            String up = Eventually.value("the server answering HTTPS", () -> {
                try {
                    HttpResponse<String> answer = trusting.send(health, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 ? Optional.of(answer.body()) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            });
            assertThat(up).contains("\"UP\"");

            HttpResponse<Void> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "q/health"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(plain.statusCode()).isEqualTo(301);
            assertThat(plain.headers().firstValue("Location")).contains("https://127.0.0.1:" + httpsPort + "/q/health");
            assertThat(server.output()).contains("Fidelio answers HTTPS at https://127.0.0.1:" + httpsPort + "/");
            assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
        }
    }

    /** A client that trusts exactly this certificate. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("fidelio", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
