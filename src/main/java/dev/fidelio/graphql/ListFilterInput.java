package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.ListFilter;

@Input("ListFilter")
@Description("Narrows a listing to items with at least one track that meets every part given")
public class ListFilterInput {

    @Id
    public List<String> libraries;
    @Id
    public List<String> genres;
    public Integer yearFrom;
    public Integer yearTo;
    @Description("flac, alac, wav, aiff, wavpack, dsf, dff, mp3, aac, vorbis, opus")
    public List<String> formats;
    public Boolean losslessOnly;
    public Integer minSampleRate;
    public Integer minBitDepth;
    @Id
    public String composer;
    @Description("Only what the caller starred")
    public Boolean starred;
    @Description("Artists only: those with this part")
    public ArtistRole role;
    @Id
    @Description("Albums of this album artist; tracks credited to this artist")
    public String artist;

    static ListFilter toFilter(ListFilterInput input) {
        if (input == null) {
            return ListFilter.NONE;
        }
        return new ListFilter(Ids.libraryIds(input.libraries), Ids.uuids(input.genres), input.yearFrom, input.yearTo,
                input.formats == null ? null : java.util.Set.copyOf(input.formats.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList()),
                Boolean.TRUE.equals(input.losslessOnly), input.minSampleRate, input.minBitDepth, input.composer == null ? null : Ids.uuid(input.composer),
                Boolean.TRUE.equals(input.starred), input.role, input.artist == null ? null : Ids.uuid(input.artist));
    }
}
