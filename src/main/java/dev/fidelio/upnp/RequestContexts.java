package dev.fidelio.upnp;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.jupnp.model.message.UpnpHeaders;
import org.jupnp.model.profile.RemoteClientInfo;

/** Makes each request's {@link RequestContext} from what the device sent and where it reached us. */
final class RequestContexts {

    static final String CLIENT_INFO_HEADER = "X-AV-Client-Info";

    private final ExposedLibraries libraries;
    private final RendererProfiles profiles;
    private final java.util.function.IntSupplier httpPort;

    RequestContexts(ExposedLibraries libraries, RendererProfiles profiles, java.util.function.IntSupplier httpPort) {
        this.libraries = libraries;
        this.profiles = profiles;
        this.httpPort = httpPort;
    }

    RequestContext of(RemoteClientInfo client) {
        InetAddress local = client == null ? null : client.getLocalAddress();
        UpnpHeaders headers = client == null ? new UpnpHeaders() : client.getRequestHeaders();
        String host = local == null ? InetAddress.getLoopbackAddress().getHostAddress()
                : local instanceof Inet6Address ? "[" + local.getHostAddress().replaceAll("%.*", "") + "]" : local.getHostAddress();
        return new RequestContext(libraries.visible(), profiles.of(headers.getFirstHeader("User-Agent"), headers.getFirstHeader(CLIENT_INFO_HEADER)),
                "http://" + host + ":" + httpPort.getAsInt());
    }
}
