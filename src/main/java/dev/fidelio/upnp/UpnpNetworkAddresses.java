package dev.fidelio.upnp;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;

import org.jupnp.transport.impl.NetworkAddressFactoryImpl;
import org.jupnp.transport.spi.InitializationException;

/**
 * The interfaces and addresses UPnP uses: those named in the settings, or every usable one. jUPnP skips loopback
 * always; here a loopback interface is used when it is named, which is how the tests run on {@code lo} alone.
 */
final class UpnpNetworkAddresses extends NetworkAddressFactoryImpl {

    /** {@code interfaces}: comma-separated names, or null for all. */
    UpnpNetworkAddresses(int streamListenPort, String interfaces) throws InitializationException {
        super(streamListenPort, DEFAULT_MULTICAST_RESPONSE_LISTEN_PORT, interfaces);
    }

    @Override
    protected boolean isUsableNetworkInterface(NetworkInterface iface) throws Exception {
        if (iface.isLoopback()) {
            return iface.isUp() && useInterfaces.contains(iface.getName());
        }
        return super.isUsableNetworkInterface(iface);
    }

    @Override
    protected boolean isUsableAddress(NetworkInterface networkInterface, InetAddress address) {
        if (address.isLoopbackAddress()) {
            return address instanceof Inet4Address && useInterfaces.contains(networkInterface.getName());
        }
        return super.isUsableAddress(networkInterface, address);
    }
}
