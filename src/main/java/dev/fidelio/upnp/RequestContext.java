package dev.fidelio.upnp;

import dev.fidelio.library.VisibleLibraries;

/**
 * What one request is answered with: the libraries UPnP serves, the asking device's profile, and the server's
 * address as that device reached it (the base of every media URL, which must be absolute and reachable from there).
 */
record RequestContext(VisibleLibraries visible, RendererProfile profile, String baseUrl) {
}
