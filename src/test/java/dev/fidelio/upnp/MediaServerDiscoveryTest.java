package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.testsupport.ExternalTool;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The device as the network sees it: found by a real SSDP peer on loopback, described, with a UDN that stays. */
@QuarkusTest
@TestProfile(UpnpTestProfile.class)
class MediaServerDiscoveryTest {

    private static final String MEDIA_SERVER = "urn:schemas-upnp-org:device:MediaServer:1";

    @Inject
    MediaServer server;

    @Inject
    FidelioConfig config;

    @Test
    void aGssdpPeerOnLoopbackFindsTheMediaServerAndItsDescription() throws Exception {
        ExternalTool python = ExternalTool.requireDebianPython("python3-gi gir1.2-gssdp-1.6");
        Path script = Path.of(getClass().getResource("/upnp/ssdp-discover.py").toURI());
        String udn = "uuid:" + Files.readString(config.dataDir().resolve("upnp/udn"), StandardCharsets.US_ASCII).strip();

        String found = python.run(script.toString(), "lo", MEDIA_SERVER, "4");

        String line = found.lines().filter(l -> l.startsWith(udn + "::" + MEDIA_SERVER)).findFirst()
                .orElseThrow(() -> new AssertionError("GSSDP did not find " + udn + ":\n" + found));
        String location = line.split(" ")[1];
        assertThat(location).startsWith("http://127.0.0.1:");
        UpnpClient client = new UpnpClient(server);
        assertThat(location).isEqualTo(client.descriptionUri().toString());

        Element device = UpnpClient.parse(client.get(client.descriptionUri(), Map.of()).body()).getDocumentElement();
        assertThat(UpnpClient.text(device, null, "deviceType")).isEqualTo(MEDIA_SERVER);
        assertThat(UpnpClient.text(device, null, "friendlyName")).isEqualTo(UpnpTestProfile.NAME);
        assertThat(UpnpClient.text(device, null, "UDN")).isEqualTo(udn);
        assertThat(UpnpClient.texts(device, null, "serviceType")).containsExactlyInAnyOrder(UpnpClient.CDS,
                "urn:schemas-upnp-org:service:ConnectionManager:1", "urn:microsoft.com:service:X_MS_MediaReceiverRegistrar:1");
        assertThat(UpnpClient.texts(device, null, "X_DLNADOC")).contains("DMS-1.50");
        List<String> icons = UpnpClient.texts(device, null, "mimetype");
        assertThat(icons).contains("image/png", "image/jpeg");
        String iconUrl = UpnpClient.texts(device, null, "url").get(0);
        var icon = client.get(client.descriptionUri().resolve(iconUrl), Map.of());
        assertThat(icon.statusCode()).isEqualTo(200);
    }

    @Test
    void theUdnIsKeptInTheDataFolderAndReadBackUnchanged() throws Exception {
        String kept = Files.readString(config.dataDir().resolve("upnp/udn"), StandardCharsets.US_ASCII).strip();
        assertThat(server.device().orElseThrow().getIdentity().getUdn().getIdentifierString()).isEqualTo(kept);
        assertThat(DeviceIdentityStore.udn(config.dataDir())).hasToString(kept);
    }

    @Test
    void theRootListsTheIndexesInTheConfiguredOrder() throws Exception {
        UpnpClient client = new UpnpClient(server);
        UpnpClient.Answer root = client.children("0");
        assertThat(root.titles()).containsExactly("Artists", "Album Artists", "Albums", "Composers", "Genres", "Conductors", "Ensembles",
                "Performers", "Folders", "Playlists", "Hi-Res", "Recently Added");
        assertThat(root.totalMatches()).isEqualTo(12);
        assertThat(root.containers()).allSatisfy(c -> assertThat(c.getAttribute("parentID")).isEqualTo("0"));
        UpnpClient.Answer self = client.metadata("0");
        assertThat(self.only().getAttribute("id")).isEqualTo("0");
        assertThat(self.only().getAttribute("parentID")).isEqualTo("-1");
        assertThat(self.only().getAttribute("childCount")).isEqualTo("12");
        assertThat(client.call("GetSystemUpdateID")).contains("<Id>" + server.systemUpdateId().orElseThrow() + "</Id>");
        assertThat(client.call("GetSortCapabilities")).contains("dc:title");
        assertThat(client.call("GetSearchCapabilities")).contains("upnp:class");
    }
}
