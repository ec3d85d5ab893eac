/** Every album as a grid of covers, sorted and narrowed by year, genre, format and resolution; all kept in the URL. */
import { href } from '../../lib/route';
import { AlbumGrid, ErrorBox, LoadMore, PageHeader } from '../common';
import { ALBUM_CARD, PAGE_INFO, type AlbumCard, type Named } from '../data';
import { usePaged, useQuery } from '../hooks';

const ALBUMS = `query Albums($first: Int, $after: String, $sort: SortKey, $descending: Boolean, $filter: ListFilter) {
  albums(first: $first, after: $after, sort: $sort, descending: $descending, filter: $filter) {
    nodes { ...AlbumCard } ${PAGE_INFO} totalCount } } ${ALBUM_CARD}`;

const GENRES = `query GenreNames { genres(first: 500, sort: NAME) { nodes { id name } } }`;

const SORTS: [string, string][] = [['SORT_NAME', 'Title'], ['YEAR', 'Year'], ['ADDED', 'Date added'], ['PLAY_COUNT', 'Plays'], ['RANDOM', 'Random']];
const FORMATS = ['flac', 'alac', 'wav', 'aiff', 'wavpack', 'dsf', 'dff', 'mp3', 'aac', 'vorbis', 'opus'];
const RATES: [string, string][] = [['', 'Any'], ['48000', '≥ 48 kHz'], ['88200', '≥ 88.2 kHz'], ['96000', '≥ 96 kHz'], ['176400', '≥ 176.4 kHz'], ['192000', '≥ 192 kHz']];

/** The API's filter from the page's parameters; anything malformed is left out. */
export function albumFilter(params: Record<string, string>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const int = (v: string | undefined) => (v && /^\d{1,6}$/.test(v) ? Number(v) : undefined);
  if (params.genre) filter.genres = [params.genre];
  if (params.format && FORMATS.includes(params.format)) filter.formats = [params.format];
  if (int(params.rate)) filter.minSampleRate = int(params.rate);
  if (int(params.bits)) filter.minBitDepth = int(params.bits);
  if (int(params.from)) filter.yearFrom = int(params.from);
  if (int(params.to)) filter.yearTo = int(params.to);
  if (params.lossless === '1') filter.losslessOnly = true;
  if (params.starred === '1') filter.starred = true;
  if (params.artist) filter.artist = params.artist;
  return filter;
}

export function Albums({ params }: { params: Record<string, string> }) {
  const sort = SORTS.some(([key]) => key === params.sort) ? params.sort : 'SORT_NAME';
  const variables = { sort, descending: params.desc === '1', filter: albumFilter(params) };
  const albums = usePaged<AlbumCard>(ALBUMS, variables, (d) => d.albums);
  const genres = useQuery<{ genres: { nodes: Named[] } }>(GENRES);
  const set = (key: string, value: string) => {
    location.hash = href({ page: 'albums', params: { ...params, [key]: value } });
  };
  return (
    <>
      <PageHeader title="Albums">{albums.total != null && <span class="muted">{albums.total} albums</span>}</PageHeader>
      <form class="filters" aria-label="Sort and filter albums" onSubmit={(e) => e.preventDefault()}>
        <label>Sort
          <select value={sort} onChange={(e) => set('sort', e.currentTarget.value)}>
            {SORTS.map(([key, label]) => <option key={key} value={key}>{label}</option>)}
          </select>
        </label>
        <label class="checkbox"><input type="checkbox" checked={params.desc === '1'} onChange={(e) => set('desc', e.currentTarget.checked ? '1' : '')} /> Descending</label>
        <label>Genre
          <select value={params.genre ?? ''} onChange={(e) => set('genre', e.currentTarget.value)}>
            <option value="">Any</option>
            {genres.data?.genres.nodes.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </label>
        <label>Format
          <select value={params.format ?? ''} onChange={(e) => set('format', e.currentTarget.value)}>
            <option value="">Any</option>
            {FORMATS.map((f) => <option key={f} value={f}>{f.toUpperCase()}</option>)}
          </select>
        </label>
        <label>Sample rate
          <select value={params.rate ?? ''} onChange={(e) => set('rate', e.currentTarget.value)}>
            {RATES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label>From <input type="number" inputMode="numeric" min="0" max="9999" class="year" value={params.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value)} /></label>
        <label>To <input type="number" inputMode="numeric" min="0" max="9999" class="year" value={params.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value)} /></label>
        <label class="checkbox"><input type="checkbox" checked={params.starred === '1'} onChange={(e) => set('starred', e.currentTarget.checked ? '1' : '')} /> Starred</label>
      </form>
      {albums.error && <ErrorBox message={albums.error} />}
      <AlbumGrid albums={albums.items} />
      {!albums.loading && !albums.error && albums.items.length === 0 && <p class="muted">No album matches.</p>}
      <LoadMore hasMore={albums.hasMore} loading={albums.loading} onMore={albums.loadMore} />
    </>
  );
}
