package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.stream.MediaUrls;

@Type("Image")
@Description("Cover art at one size (signed URL)")
public record ImageType(@Description("Width and height in pixels; null for the original") Integer size, @NonNull String url) {

    static ImageType of(MediaUrls.Image image) {
        return new ImageType(image.size(), image.url());
    }
}
