package dev.fidelio.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.users.SignedUrls;

/**
 * The URLs of a track's audio and of cover art, signed so that a client that cannot send credentials (a browser's
 * {@code <audio>} element, a renderer) can fetch them until they expire. They are paths from the server's root;
 * an adapter that needs absolute URLs puts its own base in front.
 */
@ApplicationScoped
public class MediaUrls {

    /** The square sizes offered besides the original, in pixels. */
    public static final List<Integer> ART_SIZES = List.of(150, 300, 600);

    /** One image at one size; {@code size} null for the original. */
    public record Image(Integer size, String url) {
    }

    private final SignedUrls signedUrls;

    MediaUrls(SignedUrls signedUrls) {
        this.signedUrls = signedUrls;
    }

    /** The original file, bit-perfect. */
    public String stream(UUID trackId) {
        return "/stream/" + trackId + "?token=" + signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, trackId);
    }

    /** The original file, bit-perfect, until {@code until} rather than for the usual lifetime (a share's links). */
    public String stream(UUID trackId, Instant until) {
        return "/stream/" + trackId + "?token=" + signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, trackId, until);
    }

    /** A conversion with the request's format, rate, bits and channels (those left null keep the source's). */
    public String stream(UUID trackId, ConversionRequest request) {
        StringBuilder url = new StringBuilder(stream(trackId)).append("&format=").append(request.format().name().toLowerCase(java.util.Locale.ROOT));
        if (request.rate() != null) {
            url.append("&rate=").append(request.rate());
        }
        if (request.bits() != null) {
            url.append("&bits=").append(request.bits());
        }
        if (request.channels() != null) {
            url.append("&channels=").append(request.channels());
        }
        return url.toString();
    }

    /** The art of an album, artist or track at one size in pixels, or the original when {@code size} is null. */
    public String art(UUID id, Integer size) {
        return artUrl(id, size, signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, id));
    }

    /** The original art of an item, until {@code until}. */
    public String art(UUID id, Instant until) {
        return artUrl(id, null, signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, id, until));
    }

    /** The original and every offered size, signed once. */
    public List<Image> artSizes(UUID id) {
        String token = signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, id);
        List<Image> images = new ArrayList<>();
        for (Integer size : ART_SIZES) {
            images.add(new Image(size, artUrl(id, size, token)));
        }
        images.add(new Image(null, artUrl(id, null, token)));
        return images;
    }

    private static String artUrl(UUID id, Integer size, String token) {
        return "/art/" + id + (size == null ? "?" : "?size=" + size + "&") + "token=" + token;
    }
}
