import { href } from '../../lib/route';
import { ErrorBox, LoadMore, PageHeader } from '../common';
import { PAGE_INFO } from '../data';
import { usePaged } from '../hooks';

const GENRES = `query Genres($first: Int, $after: String) { genres(first: $first, after: $after, sort: NAME) {
  nodes { id name albumCount trackCount } ${PAGE_INFO} } }`;

interface GenreRow {
  id: string;
  name: string;
  albumCount: number;
  trackCount: number;
}

export function Genres() {
  const genres = usePaged<GenreRow>(GENRES, {}, (d) => d.genres, 200);
  return (
    <>
      <PageHeader title="Genres" />
      {genres.error && <ErrorBox message={genres.error} />}
      <ul class="genre-list">
        {genres.items.map((g) => (
          <li key={g.id}>
            <a href={href({ page: 'albums', params: { genre: g.id } })}>
              <span>{g.name}</span>
              <span class="muted">{g.albumCount} albums · {g.trackCount} tracks</span>
            </a>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={genres.hasMore} loading={genres.loading} onMore={genres.loadMore} />
    </>
  );
}
