/** Artists by the part they play: album artists, performers, composers, conductors, ensembles… */
import { href } from '../../lib/route';
import { Cover, ErrorBox, LoadMore, PageHeader } from '../common';
import { PAGE_INFO, type Image } from '../data';
import { usePaged } from '../hooks';

const ARTISTS = `query Artists($first: Int, $after: String, $filter: ListFilter) {
  artists(first: $first, after: $after, sort: SORT_NAME, filter: $filter) { nodes { id name coverArt { size url } } ${PAGE_INFO} totalCount } }`;

export const ROLES: [string, string][] = [
  ['ALBUM_ARTIST', 'Album artists'], ['ARTIST', 'Track artists'], ['COMPOSER', 'Composers'], ['CONDUCTOR', 'Conductors'],
  ['ENSEMBLE', 'Ensembles'], ['PERFORMER', 'Performers'], ['ARRANGER', 'Arrangers'], ['LYRICIST', 'Lyricists'],
];

interface ArtistCard {
  id: string;
  name: string;
  coverArt: Image[] | null;
}

export function Artists({ params, composers = false }: { params: Record<string, string>; composers?: boolean }) {
  const role = composers ? 'COMPOSER' : ROLES.some(([r]) => r === params.role) ? params.role : 'ALBUM_ARTIST';
  const artists = usePaged<ArtistCard>(ARTISTS, { filter: { role } }, (d) => d.artists, 100);
  return (
    <>
      <PageHeader title={composers ? 'Composers' : 'Artists'}>{artists.total != null && <span class="muted">{artists.total}</span>}</PageHeader>
      {!composers && (
        <nav class="tabs" aria-label="Role">
          {ROLES.map(([key, label]) => (
            <a key={key} href={href({ page: 'artists', params: { role: key } })} aria-current={key === role ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
      )}
      {artists.error && <ErrorBox message={artists.error} />}
      <ul class="artist-list">
        {artists.items.map((a) => (
          <li key={a.id}>
            <a href={href({ page: 'artist', id: a.id })}>
              <Cover images={a.coverArt} size={150} alt="" />
              <span>{a.name}</span>
            </a>
          </li>
        ))}
      </ul>
      {!artists.loading && !artists.error && artists.items.length === 0 && <p class="muted">Nobody in this role yet.</p>}
      <LoadMore hasMore={artists.hasMore} loading={artists.loading} onMore={artists.loadMore} />
    </>
  );
}
