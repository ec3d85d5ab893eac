package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.AlbumItem;

@Type("Album")
@Description("A release: the tracks of one edition of an album, across its discs")
public class AlbumNode implements Node {

    private final AlbumItem item;

    AlbumNode(AlbumItem item) {
        this.item = item;
    }

    @Ignore
    public AlbumItem item() {
        return item;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    public @NonNull String getTitle() {
        return item.title();
    }

    public @NonNull String getSortTitle() {
        return item.titleSort();
    }

    @Description("The album artist as the tags spell it (\"Various Artists\" for compilations)")
    public @NonNull String getArtistName() {
        return item.artistDisplay();
    }

    public boolean isCompilation() {
        return item.compilation();
    }

    public Integer getYear() {
        return item.year();
    }

    public String getReleaseDate() {
        return item.releaseDate();
    }

    public String getOriginalDate() {
        return item.originalDate();
    }

    public String getLabel() {
        return item.label();
    }

    public String getCatalogNumber() {
        return item.catalogNumber();
    }

    public String getReleaseType() {
        return item.releaseType();
    }

    public String getMusicBrainzReleaseId() {
        return item.mbReleaseId();
    }

    public String getMusicBrainzReleaseGroupId() {
        return item.mbReleaseGroupId();
    }

    @Description("When the album first entered the library")
    public Instant getAddedAt() {
        return item.addedAt();
    }
}
