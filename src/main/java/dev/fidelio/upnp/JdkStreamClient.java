package dev.fidelio.upnp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.jboss.logging.Logger;
import org.jupnp.model.message.StreamRequestMessage;
import org.jupnp.model.message.StreamResponseMessage;
import org.jupnp.model.message.UpnpHeaders;
import org.jupnp.model.message.UpnpMessage;
import org.jupnp.model.message.UpnpResponse;
import org.jupnp.model.message.header.UpnpHeader;
import org.jupnp.transport.spi.AbstractStreamClientConfiguration;
import org.jupnp.transport.spi.StreamClient;

/**
 * jUPnP's outgoing HTTP (event notifications to subscribers, descriptions and control of other devices) on the JDK's
 * HTTP client, in place of its Jetty client.
 */
final class JdkStreamClient implements StreamClient<JdkStreamClient.Configuration> {

    static final class Configuration extends AbstractStreamClientConfiguration {
        Configuration(ExecutorService executor, int timeoutSeconds) {
            super(executor, timeoutSeconds);
        }
    }

    private static final Logger LOG = Logger.getLogger(JdkStreamClient.class);
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Configuration configuration;
    private final HttpClient client;

    JdkStreamClient(Configuration configuration) {
        this.configuration = configuration;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(configuration.getTimeoutSeconds())).executor(configuration.getRequestExecutorService())
                .build();
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public StreamResponseMessage sendRequest(StreamRequestMessage message) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(message.getUri()).timeout(Duration.ofSeconds(configuration.getTimeoutSeconds()));
        UpnpHeaders headers = message.getHeaders();
        if (!headers.containsKey(UpnpHeader.Type.USER_AGENT)) {
            request.header("User-Agent", configuration.getUserAgentValue(message.getUdaMajorVersion(), message.getUdaMinorVersion()));
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        byte[] body = message.hasBody() ? message.getBodyBytes() : new byte[0];
        request.method(message.getOperation().getHttpMethodName(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return toMessage(response);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("UPnP request %s %s failed: %s", message.getOperation().getHttpMethodName(), message.getUri(), e.getMessage());
            return null;
        }
    }

    private static StreamResponseMessage toMessage(HttpResponse<byte[]> response) {
        UpnpResponse.Status status = UpnpResponse.Status.getByStatusCode(response.statusCode());
        StreamResponseMessage message = new StreamResponseMessage(new UpnpResponse(response.statusCode(),
                status != null ? status.getStatusMsg() : "Status " + response.statusCode()));
        message.setHeaders(new UpnpHeaders(response.headers().map()));
        byte[] body = response.body();
        if (body.length > 0) {
            if (message.isContentTypeMissingOrText()) {
                message.setBodyCharacters(body);
            } else {
                message.setBody(UpnpMessage.BodyType.BYTES, body);
            }
        }
        return message;
    }

    @Override
    public void stop() {
        // The client holds no connection beyond a request; its threads are the executor's, which jUPnP shuts down.
    }
}
