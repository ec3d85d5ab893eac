package dev.fidelio.upnp;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.Credit;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.TrackItem;

/**
 * Writes DIDL-Lite: containers with their class, child count, artist, date and art; tracks as
 * {@code object.item.audioItem.musicTrack} with every artist in its role (one element per value), album, genres,
 * track number, date, album art in the DLNA sizes and the resources. Text that XML cannot carry (control characters,
 * lone surrogates) is dropped; the rest is escaped by the XML writer.
 */
final class DidlWriter {

    static final String DIDL = "urn:schemas-upnp-org:metadata-1-0/DIDL-Lite/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String UPNP = "urn:schemas-upnp-org:metadata-1-0/upnp/";
    static final String DLNA = "urn:schemas-dlna-org:metadata-1-0/";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newInstance();
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int THUMBNAIL = 160;

    /** What the tracks of one result need besides themselves, loaded for all of them at once. */
    record TrackDetails(Map<UUID, List<Credit>> credits, Map<UUID, AlbumItem> albums, Map<UUID, List<ArtistItem>> albumArtists,
            Map<UUID, List<GenreItem>> genres) {
    }

    private final Catalog catalog;

    DidlWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    String write(List<Entry> entries, RequestContext context) {
        TrackDetails details = details(entries, context);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
            xml.writeStartElement("DIDL-Lite");
            xml.writeDefaultNamespace(DIDL);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("upnp", UPNP);
            xml.writeNamespace("dlna", DLNA);
            for (Entry entry : entries) {
                if (entry instanceof Entry.Container container) {
                    container(xml, container, context);
                } else if (entry instanceof Entry.Track track) {
                    track(xml, track, details, context);
                }
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("DIDL-Lite could not be written: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private TrackDetails details(List<Entry> entries, RequestContext context) {
        List<UUID> trackIds = new ArrayList<>();
        Set<UUID> albumIds = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (entry instanceof Entry.Track track) {
                trackIds.add(track.track().id());
                if (track.track().albumId() != null) {
                    albumIds.add(track.track().albumId());
                }
            }
        }
        if (trackIds.isEmpty()) {
            return new TrackDetails(Map.of(), Map.of(), Map.of(), Map.of());
        }
        return new TrackDetails(catalog.tracks().credits(trackIds), catalog.albums().byIds(context.visible(), albumIds),
                catalog.artists().ofAlbums(albumIds), catalog.genres().ofTracks(trackIds));
    }

    private void container(XMLStreamWriter xml, Entry.Container c, RequestContext context) throws XMLStreamException {
        xml.writeStartElement("container");
        xml.writeAttribute("id", clean(c.id()));
        xml.writeAttribute("parentID", clean(c.parentId()));
        xml.writeAttribute("restricted", "1");
        xml.writeAttribute("searchable", "1");
        if (c.childCount() != null) {
            xml.writeAttribute("childCount", Integer.toString(c.childCount()));
        }
        element(xml, DC, "title", c.title());
        element(xml, UPNP, "class", c.upnpClass());
        if (c.artist() != null) {
            element(xml, DC, "creator", c.artist());
            artist(xml, c.artist(), "AlbumArtist");
        }
        if (c.year() != null && c.year() > 0) {
            element(xml, DC, "date", String.format(java.util.Locale.ROOT, "%04d-01-01", c.year()));
        }
        if (c.artId() != null) {
            art(xml, c.artId(), context);
        }
        xml.writeEndElement();
    }

    private void track(XMLStreamWriter xml, Entry.Track entry, TrackDetails details, RequestContext context) throws XMLStreamException {
        TrackItem t = entry.track();
        xml.writeStartElement("item");
        xml.writeAttribute("id", clean(entry.id()));
        xml.writeAttribute("parentID", clean(entry.parentId()));
        xml.writeAttribute("restricted", "1");
        element(xml, DC, "title", t.title() != null ? t.title() : fileName(t.relativePath()));
        element(xml, UPNP, "class", "object.item.audioItem.musicTrack");
        List<Credit> credits = details.credits().getOrDefault(t.id(), List.of());
        List<String> performers = credits.stream().filter(c -> c.role() == ArtistRole.ARTIST).map(c -> c.artist().name()).toList();
        AlbumItem album = t.albumId() == null ? null : details.albums().get(t.albumId());
        if (!performers.isEmpty()) {
            element(xml, DC, "creator", String.join(", ", performers));
        } else if (album != null && album.artistDisplay() != null) {
            element(xml, DC, "creator", album.artistDisplay());
        }
        for (Credit credit : credits) {
            artist(xml, credit.artist().name(), role(credit.role()));
        }
        for (ArtistItem albumArtist : t.albumId() == null ? List.<ArtistItem>of() : details.albumArtists().getOrDefault(t.albumId(), List.of())) {
            artist(xml, albumArtist.name(), "AlbumArtist");
        }
        if (album != null) {
            element(xml, UPNP, "album", album.title());
        }
        for (GenreItem genre : details.genres().getOrDefault(t.id(), List.of())) {
            element(xml, UPNP, "genre", genre.name());
        }
        if (t.trackNumber() != null) {
            element(xml, UPNP, "originalTrackNumber", Integer.toString(t.trackNumber()));
        }
        if (t.discNumber() != null) {
            element(xml, UPNP, "originalDiscNumber", Integer.toString(t.discNumber()));
        }
        String date = date(t);
        if (date != null) {
            element(xml, DC, "date", date);
        }
        if (t.hasCover()) {
            art(xml, t.id(), context);
        }
        for (Resource r : new TrackResources(catalog.urls()).of(t, context.profile(), context.baseUrl())) {
            resource(xml, r);
        }
        xml.writeEndElement();
    }

    private static void resource(XMLStreamWriter xml, Resource r) throws XMLStreamException {
        xml.writeStartElement("res");
        xml.writeAttribute("protocolInfo", r.protocolInfo());
        optional(xml, "size", r.size());
        optional(xml, "duration", r.duration());
        optional(xml, "bitrate", r.bitrate());
        optional(xml, "sampleFrequency", r.sampleFrequency());
        optional(xml, "bitsPerSample", r.bitsPerSample());
        optional(xml, "nrAudioChannels", r.channels());
        xml.writeCharacters(r.url());
        xml.writeEndElement();
    }

    /** The thumbnail, the profile's size and the original, each a separate element as DLNA devices expect. */
    private void art(XMLStreamWriter xml, UUID id, RequestContext context) throws XMLStreamException {
        String base = context.baseUrl();
        artUri(xml, base + catalog.urls().art(id, THUMBNAIL), "JPEG_TN");
        artUri(xml, base + catalog.urls().art(id, Math.min(640, context.profile().artSize())), "JPEG_SM");
        artUri(xml, base + catalog.urls().art(id, (Integer) null), null);
    }

    private static void artUri(XMLStreamWriter xml, String url, String profileId) throws XMLStreamException {
        xml.writeStartElement("upnp", "albumArtURI", UPNP);
        if (profileId != null) {
            xml.writeAttribute("dlna", DLNA, "profileID", profileId);
        }
        xml.writeCharacters(url);
        xml.writeEndElement();
    }

    private static void artist(XMLStreamWriter xml, String name, String role) throws XMLStreamException {
        xml.writeStartElement("upnp", "artist", UPNP);
        if (role != null) {
            xml.writeAttribute("role", role);
        }
        xml.writeCharacters(clean(name));
        xml.writeEndElement();
    }

    private static String role(ArtistRole role) {
        return switch (role) {
            case ARTIST -> null;
            case ALBUM_ARTIST -> "AlbumArtist";
            case COMPOSER -> "Composer";
            case CONDUCTOR -> "Conductor";
            case ENSEMBLE -> "Ensemble";
            case PERFORMER -> "Performer";
            case LYRICIST -> "Lyricist";
            case ARRANGER -> "Arranger";
            case REMIXER -> "Remixer";
        };
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(namespace.equals(DC) ? "dc" : "upnp", name, namespace);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void optional(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value.toString());
        }
    }

    /** The first full date the tags give (release, original, recording), else the year's first day. */
    private static String date(TrackItem t) {
        for (String candidate : new String[] { t.releaseDate(), t.originalDate(), t.recordingDate() }) {
            if (candidate != null && FULL_DATE.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return t.year() == null || t.year() <= 0 ? null : String.format(java.util.Locale.ROOT, "%04d-01-01", t.year());
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
