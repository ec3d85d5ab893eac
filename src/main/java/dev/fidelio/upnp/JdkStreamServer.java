package dev.fidelio.upnp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

import org.jupnp.model.message.Connection;
import org.jupnp.protocol.ProtocolFactory;
import org.jupnp.transport.Router;
import org.jupnp.transport.impl.HttpExchangeUpnpStream;
import org.jupnp.transport.spi.InitializationException;
import org.jupnp.transport.spi.StreamServer;
import org.jupnp.transport.spi.StreamServerConfiguration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * jUPnP's HTTP side (descriptions, SOAP control, event subscriptions) on the JDK's own HTTP server, one per bound
 * address, so that it answers only on the interfaces UPnP is announced on. jUPnP's own transports need a servlet
 * container; this needs nothing. {@link HttpExchangeUpnpStream} reports each response as sent once it is written,
 * which is what lets jUPnP send the initial event of a new subscription.
 */
final class JdkStreamServer implements StreamServer<JdkStreamServer.Configuration> {

    static {
        // The JDK's server writes a response's headers and its body apart: with Nagle's algorithm on, a control point
        // on a kept-alive connection delays its ACK and so the body by 40 ms, and every Browse took 45 ms instead of
        // 5. Its only switch is this property, read once when the server's configuration is first loaded; an
        // operator's own setting wins.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    record Configuration(int getListenPort) implements StreamServerConfiguration {
    }

    private final Configuration configuration;
    private final ExecutorService executor;
    private HttpServer server;

    JdkStreamServer(Configuration configuration, ExecutorService executor) {
        this.configuration = configuration;
        this.executor = executor;
    }

    @Override
    public synchronized void init(InetAddress bindAddress, Router router) throws InitializationException {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, configuration.getListenPort()), 64);
        } catch (IOException e) {
            throw new InitializationException("UPnP cannot listen on " + bindAddress.getHostAddress() + ":"
                    + configuration.getListenPort() + ": " + e.getMessage(), e);
        }
        server.createContext("/", exchange -> new Stream(router.getProtocolFactory(), exchange).run());
        server.setExecutor(executor);
    }

    @Override
    public synchronized int getPort() {
        return server.getAddress().getPort();
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public synchronized void run() {
        server.start();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static final class Stream extends HttpExchangeUpnpStream {

        Stream(ProtocolFactory protocolFactory, HttpExchange exchange) {
            super(protocolFactory, exchange);
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                getHttpExchange().close();
            }
        }

        @Override
        protected Connection createConnection() {
            HttpExchange exchange = getHttpExchange();
            return new Connection() {
                @Override
                public boolean isOpen() {
                    return true;
                }

                @Override
                public InetAddress getRemoteAddress() {
                    return exchange.getRemoteAddress().getAddress();
                }

                @Override
                public InetAddress getLocalAddress() {
                    return exchange.getLocalAddress().getAddress();
                }
            };
        }
    }
}
