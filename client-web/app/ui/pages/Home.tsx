import { href } from '../../lib/route';
import { AlbumGrid, ErrorBox, Loading, PageHeader } from '../common';
import { ALBUM_CARD, type AlbumCard } from '../data';
import { useQuery } from '../hooks';

const HOME = `query Home { recent: recentlyAddedAlbums(first: 12) { nodes { ...AlbumCard } }
  played: mostPlayedAlbums(first: 12) { nodes { ...AlbumCard } }
  random: albums(first: 12, sort: RANDOM) { nodes { ...AlbumCard } } } ${ALBUM_CARD}`;

interface HomeData {
  recent: { nodes: AlbumCard[] };
  played: { nodes: AlbumCard[] };
  random: { nodes: AlbumCard[] };
}

export function Home() {
  const { data, error, loading, reload } = useQuery<HomeData>(HOME);
  return (
    <>
      <PageHeader title="Home" />
      {error && <ErrorBox message={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="home-recent">
            <h2 id="home-recent">Recently added <a class="more" href={href({ page: 'albums', params: { sort: 'ADDED', desc: '1' } })}>All</a></h2>
            {data.recent.nodes.length === 0 ? <p class="muted">The library is empty. An administrator can add music folders and scan them.</p>
              : <AlbumGrid albums={data.recent.nodes} />}
          </section>
          {data.played.nodes.length > 0 && (
            <section aria-labelledby="home-played">
              <h2 id="home-played">Played most</h2>
              <AlbumGrid albums={data.played.nodes} />
            </section>
          )}
          {data.random.nodes.length > 0 && (
            <section aria-labelledby="home-random">
              <h2 id="home-random">Something different <button type="button" class="button button-small" onClick={reload}>Shuffle</button></h2>
              <AlbumGrid albums={data.random.nodes} />
            </section>
          )}
        </>
      )}
    </>
  );
}
