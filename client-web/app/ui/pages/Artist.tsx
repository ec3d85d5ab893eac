/** An artist: their albums, the works they composed, and the tracks credited to them in any part. */
import { href } from '../../lib/route';
import { AlbumGrid, Cover, ErrorBox, LoadMore, Loading, PageHeader, StarButton } from '../common';
import { ALBUM_CARD, PAGE_INFO, TRACK_ROW, type AlbumCard, type Image, type TrackRow } from '../data';
import { usePaged, useQuery } from '../hooks';
import { TrackList } from '../TrackList';
import { ROLES } from './Artists';

const ARTIST = `query Artist($id: ID!) { artist(id: $id) { id name roles coverArt { size url } userData { starred }
  albums { ...AlbumCard } works { id title catalogue } } } ${ALBUM_CARD}`;

const TRACKS = `query ArtistTracks($first: Int, $after: String, $filter: ListFilter) {
  tracks(first: $first, after: $after, sort: SORT_NAME, filter: $filter) { nodes { ...TrackRow } ${PAGE_INFO} } } ${TRACK_ROW}`;

interface ArtistData {
  artist: {
    id: string; name: string; roles: string[]; coverArt: Image[] | null; userData: { starred: boolean };
    albums: AlbumCard[]; works: { id: string; title: string; catalogue: string | null }[];
  };
}

export function Artist({ id }: { id: string }) {
  const { data, error, loading } = useQuery<ArtistData>(ARTIST, { id });
  const tracks = usePaged<TrackRow>(TRACKS, { filter: { artist: id } }, (d) => d.tracks, 50);
  if (error) {
    return <ErrorBox message={error} />;
  }
  if (loading || !data) {
    return <Loading />;
  }
  const artist = data.artist;
  const roleNames = artist.roles.map((r) => ROLES.find(([key]) => key === r)?.[1].replace(/s$/, '') ?? r.toLowerCase());
  return (
    <article>
      <div class="album-hero">
        <Cover images={artist.coverArt} size={150} alt="" />
        <div>
          <PageHeader title={artist.name} />
          <p class="muted">{roleNames.join(' · ')}</p>
          <StarButton id={artist.id} starred={artist.userData.starred} label={artist.name} />
        </div>
      </div>
      {artist.works.length > 0 && (
        <section aria-labelledby="artist-works">
          <h2 id="artist-works">Works</h2>
          <ul class="link-list">
            {artist.works.map((w) => (
              <li key={w.id}><a href={href({ page: 'work', id: w.id })}>{w.title}</a>{w.catalogue && <span class="muted"> · {w.catalogue}</span>}</li>
            ))}
          </ul>
        </section>
      )}
      {artist.albums.length > 0 && (
        <section aria-labelledby="artist-albums">
          <h2 id="artist-albums">Albums</h2>
          <AlbumGrid albums={artist.albums} />
        </section>
      )}
      <section aria-labelledby="artist-tracks">
        <h2 id="artist-tracks">Tracks</h2>
        {tracks.error && <ErrorBox message={tracks.error} />}
        <TrackList tracks={tracks.items} numbering="position" showAlbum />
        <LoadMore hasMore={tracks.hasMore} loading={tracks.loading} onMore={tracks.loadMore} />
      </section>
    </article>
  );
}
