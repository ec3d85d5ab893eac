package dev.fidelio.upnp;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jupnp.DefaultUpnpServiceConfiguration;
import org.jupnp.transport.spi.NetworkAddressFactory;
import org.jupnp.transport.spi.StreamClient;
import org.jupnp.transport.spi.StreamServer;

/**
 * jUPnP's settings: our HTTP transport in place of its servlet-based one, and the configured interfaces and port.
 */
final class UpnpTransport extends DefaultUpnpServiceConfiguration {

    /** Seconds an outgoing request (an event to a subscriber, a description) may take. */
    private static final int CLIENT_TIMEOUT_SECONDS = 10;
    /** Threads answering control points; Browse runs database queries on them. */
    private static final int SERVER_THREADS = 16;

    private final String interfaces;
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(SERVER_THREADS, named("fidelio-upnp-http-"));

    UpnpTransport(int port, List<String> interfaces) {
        super(port, 0);
        this.interfaces = interfaces.isEmpty() ? null : String.join(",", interfaces);
    }

    @Override
    protected NetworkAddressFactory createNetworkAddressFactory(int streamListenPort, int multicastResponsePort) {
        return new UpnpNetworkAddresses(streamListenPort, interfaces);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public StreamServer createStreamServer(NetworkAddressFactory networkAddressFactory) {
        return new JdkStreamServer(new JdkStreamServer.Configuration(networkAddressFactory.getStreamListenPort()), serverThreads);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public StreamClient createStreamClient() {
        return new JdkStreamClient(new JdkStreamClient.Configuration(getSyncProtocolExecutorService(), CLIENT_TIMEOUT_SECONDS));
    }

    @Override
    public void shutdown() {
        super.shutdown();
        serverThreads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
