package dev.fidelio.upnp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jupnp.UpnpService;
import org.jupnp.UpnpServiceImpl;
import org.jupnp.model.meta.LocalDevice;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.index.ScanStatus;
import dev.fidelio.index.ScannerRole;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Runs the UPnP MediaServer: starts jUPnP once the HTTP server (which serves the audio and art) listens, announces
 * the device on the configured interfaces, tells subscribed control points when a scan changed the library, and says
 * goodbye (SSDP byebye) when the server stops. Off with {@code FIDELIO_UPNP_ENABLED=false}. With
 * {@code FIDELIO_UPNP_ANNOUNCE=scanner}, of the servers sharing one database only the one that scans runs it: it starts
 * when this server takes over scanning and says goodbye when it loses it.
 */
@Singleton
public class MediaServer {

    private static final Logger LOG = Logger.getLogger(MediaServer.class);

    private final FidelioConfig config;
    private final Catalog catalog;
    private final ExposedLibraries libraries;
    private final RendererProfiles profiles;
    private final ScanMonitor scans;
    private UpnpService upnp;
    private ContentDirectory directory;
    private LocalDevice device;
    private Cancellable scanWatch;
    /** The port the HTTP server listens on, once it does. */
    private Integer httpPort;
    private boolean scansHere;

    MediaServer(FidelioConfig config, Catalog catalog, ExposedLibraries libraries, RendererProfiles profiles, ScanMonitor scans) {
        this.config = config;
        this.catalog = catalog;
        this.libraries = libraries;
        this.profiles = profiles;
        this.scans = scans;
    }

    synchronized void onHttpStart(@ObservesAsync HttpServerStart start) {
        httpPort = start.options().getPort();
        startIfDue();
    }

    synchronized void onScannerRole(@Observes ScannerRole role) {
        if (role == ScannerRole.SCANNED || config.upnp().announce() != FidelioConfig.Upnp.Announce.SCANNER) {
            return;
        }
        scansHere = role == ScannerRole.TAKEN;
        if (scansHere) {
            startIfDue();
        } else {
            LOG.info("UPnP: this server no longer scans, so it no longer announces the media server.");
            stop();
        }
    }

    private void startIfDue() {
        FidelioConfig.Upnp settings = config.upnp();
        if (settings.enabled() && httpPort != null && (settings.announce() == FidelioConfig.Upnp.Announce.EVERY || scansHere)) {
            start(httpPort);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void start(int announcedPort) {
        if (upnp != null) {
            return;
        }
        FidelioConfig.Upnp settings = config.upnp();
        List<Index> indexes = Index.parse(settings.indexes());
        BrowseTree tree = new BrowseTree(catalog, settings.friendlyName(), indexes);
        // Control points cache by SystemUpdateID: starting from the clock, a restart never reuses an ID of before.
        long firstUpdateId = Instant.now().getEpochSecond() & 0xFFFF_FFFFL;
        directory = new ContentDirectory(tree, new ContentSearch(catalog), new DidlWriter(catalog),
                new RequestContexts(libraries, profiles, announcedPort > 0 ? () -> announcedPort : MediaServer::boundPort), firstUpdateId);
        UpnpServiceImpl service = new UpnpServiceImpl(new UpnpTransport(settings.port(), settings.interfaces().orElse(List.of())));
        try {
            service.startup();
            device = MediaServerDevice.create(DeviceIdentityStore.udn(config.dataDir()), settings.friendlyName(), version(), directory);
            service.getRegistry().addDevice(device);
        } catch (Exception | Error e) {
            LOG.errorf("UPnP is off: it could not start on %s: %s", settings.interfaces().map(Object::toString).orElse("any interface"),
                    e.getMessage());
            service.shutdown();
            return;
        }
        upnp = service;
        scanWatch = scans.progress().filter(MediaServer::changedTheLibrary).subscribe().with(status -> directory.libraryChanged());
        LOG.infof("UPnP media server '%s' announced (device uuid:%s)", settings.friendlyName(), device.getIdentity().getUdn().getIdentifierString());
    }

    synchronized void stop() {
        if (scanWatch != null) {
            scanWatch.cancel();
            scanWatch = null;
        }
        if (upnp != null) {
            upnp.shutdown();
            upnp = null;
        }
    }

    /** The running device, for tests and the operator's view; empty when UPnP is off or could not start. */
    public synchronized Optional<LocalDevice> device() {
        return upnp == null ? Optional.empty() : Optional.of(device);
    }

    /** Where the device description is served on {@code address}; empty when UPnP is off or not on that address. */
    public synchronized Optional<java.net.URI> descriptionUri(java.net.InetAddress address) {
        if (upnp == null) {
            return Optional.empty();
        }
        try {
            return upnp.getRouter().getActiveStreamServers(address).stream().findFirst().map(a -> java.net.URI.create("http://"
                    + a.getAddress().getHostAddress() + ":" + a.getPort() + upnp.getConfiguration().getNamespace().getDescriptorPath(device)));
        } catch (org.jupnp.transport.RouterException e) {
            return Optional.empty();
        }
    }

    /** The ContentDirectory's SystemUpdateID now; empty when UPnP is off. */
    public synchronized Optional<Long> systemUpdateId() {
        return upnp == null ? Optional.empty() : Optional.of(directory.getSystemUpdateID().getValue());
    }

    /**
     * The HTTP port when the settings ask for any free one (the tests): Quarkus announces the port before it binds,
     * and publishes the bound one as a system property afterwards.
     */
    private static int boundPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(0);
    }

    private static boolean changedTheLibrary(ScanStatus status) {
        return status.phase().ended() && status.added() + status.updated() + status.moved() + status.removed() > 0;
    }

    private static String version() {
        String version = MediaServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
