/** An album: cover, its facts, discs with their subtitles, tracks with durations and formats, and its credits. */
import { Fragment } from 'preact';
import { groupCredits, type TrackCredit } from '../../lib/credits';
import { formatDuration, plural } from '../../lib/format';
import { href } from '../../lib/route';
import { ArtistLinks, Cover, ErrorBox, Loading, PageHeader, StarButton } from '../common';
import { TRACK_ROW, type Image, type Named, type TrackRow } from '../data';
import { useQuery } from '../hooks';
import { PlayButtons, TrackList } from '../TrackList';

const ALBUM = `query Album($id: ID!) { album(id: $id) { id title artistName year releaseDate originalDate label catalogNumber
  releaseType durationSeconds trackCount discCount artists { id name } genres { id name } coverArt { size url }
  userData { starred }
  discs { number subtitle tracks { ...TrackRow credits { role instrument artist { id name } } work { id title } } } } } ${TRACK_ROW}`;

type AlbumTrack = TrackRow & { credits: TrackCredit[]; work: { id: string; title: string } | null };

interface AlbumData {
  album: {
    id: string; title: string; artistName: string; year: number | null; releaseDate: string | null; originalDate: string | null;
    label: string | null; catalogNumber: string | null; releaseType: string | null; durationSeconds: number; trackCount: number;
    discCount: number; artists: Named[]; genres: Named[]; coverArt: Image[] | null; userData: { starred: boolean };
    discs: { number: number; subtitle: string | null; tracks: AlbumTrack[] }[];
  };
}

export function Album({ id }: { id: string }) {
  const { data, error, loading } = useQuery<AlbumData>(ALBUM, { id });
  if (error) {
    return <ErrorBox message={error} />;
  }
  if (loading || !data) {
    return <Loading />;
  }
  const album = data.album;
  const tracks = album.discs.flatMap((d) => d.tracks);
  const credits = groupCredits(tracks);
  const works = tracks.map((t) => t.work).filter((w, i, all): w is { id: string; title: string } =>
    w !== null && all.findIndex((o) => o?.id === w.id) === i);
  return (
    <article class="album-page">
      <div class="album-hero">
        <Cover images={album.coverArt} size={300} alt={`Cover of ${album.title}`} />
        <div>
          <PageHeader title={album.title} />
          <p class="album-artists"><ArtistLinks artists={album.artists} /></p>
          <p class="muted">
            {[album.year, album.label, album.catalogNumber, plural(album.trackCount, 'track'), formatDuration(album.durationSeconds)]
              .filter(Boolean).join(' · ')}
          </p>
          {album.genres.length > 0 && (
            <p class="tags">{album.genres.map((g) => <a key={g.id} class="tag" href={href({ page: 'albums', params: { genre: g.id } })}>{g.name}</a>)}</p>
          )}
          <div class="album-actions">
            <PlayButtons tracks={tracks} label={`album ${album.title}`} />
            <StarButton id={album.id} starred={album.userData.starred} label={album.title} />
          </div>
        </div>
      </div>
      {album.discs.map((disc) => (
        <section key={disc.number} class="disc" aria-label={album.discs.length > 1 ? `Disc ${disc.number}` : 'Tracks'}>
          {album.discs.length > 1 && <h2>Disc {disc.number}{disc.subtitle ? `: ${disc.subtitle}` : ''}</h2>}
          <TrackList tracks={disc.tracks} albumArtist={album.artistName} />
        </section>
      ))}
      {(credits.length > 0 || works.length > 0) && (
        <section class="credits" aria-labelledby="album-credits">
          <h2 id="album-credits">Credits</h2>
          <dl>
            {works.length > 0 && (
              <>
                <dt>{works.length === 1 ? 'Work' : 'Works'}</dt>
                <dd>{works.map((w, i) => <Fragment key={w.id}>{i > 0 && ' · '}<a href={href({ page: 'work', id: w.id })}>{w.title}</a></Fragment>)}</dd>
              </>
            )}
            {credits.map((group) => (
              <Fragment key={group.role}>
                <dt>{group.label}</dt>
                <dd>
                  {group.people.map((p, i) => (
                    <Fragment key={`${p.id}-${p.instrument}`}>
                      {i > 0 && ', '}
                      <a href={href({ page: 'artist', id: p.id })}>{p.name}</a>{p.instrument ? ` (${p.instrument})` : ''}
                    </Fragment>
                  ))}
                </dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}
