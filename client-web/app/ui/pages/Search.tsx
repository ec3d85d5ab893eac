/**
 * Search as you type across artists, albums, works and tracks. The query is kept in the URL (replacing the entry,
 * so typing does not fill the history); an answer to an older query arriving late is dropped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../../lib/api';
import { href } from '../../lib/route';
import { AlbumGrid, Cover, ErrorBox, PageHeader } from '../common';
import { ALBUM_CARD, TRACK_ROW, type AlbumCard, type Image, type TrackRow } from '../data';
import { TrackList } from '../TrackList';

const SEARCH = `query Search($query: String!) { search(query: $query, first: 12) {
  artists { nodes { id name coverArt { size url } } }
  albums { nodes { ...AlbumCard } }
  works { nodes { id title catalogue composer { id name } } }
  tracks { nodes { ...TrackRow } } } } ${ALBUM_CARD} ${TRACK_ROW}`;

interface Results {
  artists: { nodes: { id: string; name: string; coverArt: Image[] | null }[] };
  albums: { nodes: AlbumCard[] };
  works: { nodes: { id: string; title: string; catalogue: string | null; composer: { id: string; name: string } | null }[] };
  tracks: { nodes: TrackRow[] };
}

const DEBOUNCE_MS = 200;

export function Search({ params }: { params: Record<string, string> }) {
  const [query, setQuery] = useState(params.q ?? '');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const text = query.trim();
    history.replaceState(null, '', href({ page: 'search', params: { q: text } }));
    if (!/[\p{L}\p{N}]/u.test(text)) {
      setResults(null);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      graphql<{ search: Results }>(SEARCH, { query: text }, controller.signal)
        .then((data) => { setResults(data.search); setError(null); })
        .catch((e: Error) => !controller.signal.aborted && setError(e.message));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const empty = results && !results.artists.nodes.length && !results.albums.nodes.length && !results.works.nodes.length
    && !results.tracks.nodes.length;
  return (
    <>
      <PageHeader title="Search" />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="search-label">Search the library
          <input ref={input} type="search" class="search-input" value={query} placeholder="Artist, album, work, track, BWV 1007…"
            autocomplete="off" spellcheck={false} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
      </form>
      {error && <ErrorBox message={error} />}
      {empty && <p class="muted" role="status">Nothing found for “{query.trim()}”.</p>}
      {results && (
        <div class="search-results" aria-live="polite">
          {results.artists.nodes.length > 0 && (
            <section aria-labelledby="search-artists">
              <h2 id="search-artists">Artists</h2>
              <ul class="artist-list">
                {results.artists.nodes.map((a) => (
                  <li key={a.id}><a href={href({ page: 'artist', id: a.id })}><Cover images={a.coverArt} size={150} alt="" /><span>{a.name}</span></a></li>
                ))}
              </ul>
            </section>
          )}
          {results.works.nodes.length > 0 && (
            <section aria-labelledby="search-works">
              <h2 id="search-works">Works</h2>
              <ul class="link-list">
                {results.works.nodes.map((w) => (
                  <li key={w.id}>
                    <a href={href({ page: 'work', id: w.id })}>{w.title}</a>
                    <span class="muted">{[w.composer?.name, w.catalogue].filter(Boolean).map((t) => ` · ${t}`).join('')}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {results.albums.nodes.length > 0 && (
            <section aria-labelledby="search-albums">
              <h2 id="search-albums">Albums</h2>
              <AlbumGrid albums={results.albums.nodes} />
            </section>
          )}
          {results.tracks.nodes.length > 0 && (
            <section aria-labelledby="search-tracks">
              <h2 id="search-tracks">Tracks</h2>
              <TrackList tracks={results.tracks.nodes} numbering="position" showAlbum />
            </section>
          )}
        </div>
      )}
    </>
  );
}
