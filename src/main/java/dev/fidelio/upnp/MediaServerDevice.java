package dev.fidelio.upnp;

import java.util.UUID;

import org.jupnp.binding.annotations.AnnotationLocalServiceBinder;
import org.jupnp.model.DefaultServiceManager;
import org.jupnp.model.ValidationException;
import org.jupnp.model.meta.DeviceDetails;
import org.jupnp.model.meta.DeviceIdentity;
import org.jupnp.model.meta.LocalDevice;
import org.jupnp.model.meta.LocalService;
import org.jupnp.model.meta.ManufacturerDetails;
import org.jupnp.model.meta.ModelDetails;
import org.jupnp.model.types.DLNACaps;
import org.jupnp.model.types.DLNADoc;
import org.jupnp.model.types.UDADeviceType;
import org.jupnp.model.types.UDN;
import org.jupnp.support.connectionmanager.ConnectionManagerService;
import org.jupnp.support.model.ProtocolInfos;
import org.jupnp.support.xmicrosoft.AbstractMediaReceiverRegistrarService;

/**
 * The MediaServer:1 device: ContentDirectory, ConnectionManager (listing what it serves) and the
 * X_MS_MediaReceiverRegistrar that Windows Media and Xbox clients look for before they browse.
 */
final class MediaServerDevice {

    static final String MEDIA_SERVER = "MediaServer";
    /** What the ConnectionManager says it serves: the originals' types and the conversions'. */
    static final String SOURCE_PROTOCOLS = String.join(",", "http-get:*:audio/flac:*", "http-get:*:audio/x-flac:*", "http-get:*:audio/wav:*",
            "http-get:*:audio/x-wav:*", "http-get:*:audio/L16:*", "http-get:*:audio/L24:*", "http-get:*:audio/aiff:*", "http-get:*:audio/mp4:*",
            "http-get:*:audio/mpeg:*", "http-get:*:audio/ogg:*", "http-get:*:audio/x-wavpack:*", "http-get:*:audio/dsf:*",
            "http-get:*:audio/x-dsf:*", "http-get:*:audio/dff:*", "http-get:*:image/jpeg:*", "http-get:*:image/png:*");

    /** A registrar that lets every device in: access is the admin's choice of libraries, not a per-device grant. */
    public static final class Registrar extends AbstractMediaReceiverRegistrarService {
    }

    private MediaServerDevice() {
    }

    @SuppressWarnings("unchecked")
    static LocalDevice create(UUID udn, String friendlyName, String version, ContentDirectory directory) throws ValidationException {
        AnnotationLocalServiceBinder binder = new AnnotationLocalServiceBinder();
        LocalService<ContentDirectory> contentDirectory = binder.read(ContentDirectory.class);
        contentDirectory.setManager(new DefaultServiceManager<>(contentDirectory, ContentDirectory.class) {
            @Override
            protected ContentDirectory createServiceInstance() {
                return directory;
            }
        });
        LocalService<ConnectionManagerService> connectionManager = binder.read(ConnectionManagerService.class);
        ConnectionManagerService connections = new ConnectionManagerService(new ProtocolInfos(SOURCE_PROTOCOLS), new ProtocolInfos());
        connectionManager.setManager(new DefaultServiceManager<>(connectionManager, ConnectionManagerService.class) {
            @Override
            protected ConnectionManagerService createServiceInstance() {
                return connections;
            }
        });
        LocalService<Registrar> registrar = binder.read(Registrar.class);
        registrar.setManager(new DefaultServiceManager<>(registrar, Registrar.class));
        DeviceDetails details = new DeviceDetails(friendlyName, new ManufacturerDetails("Fidelio"),
                new ModelDetails("Fidelio", "High-fidelity music server", version), (java.net.URI) null,
                new DLNADoc[] { new DLNADoc("DMS", DLNADoc.Version.V1_5), new DLNADoc("M-DMS", DLNADoc.Version.V1_5) },
                new DLNACaps(new String[0]));
        return new LocalDevice(new DeviceIdentity(new UDN(udn)), new UDADeviceType(MEDIA_SERVER, 1), details, DeviceIcons.all(),
                new LocalService[] { contentDirectory, connectionManager, registrar });
    }
}
