/** A work and its performances: each album that records it, with its conductor, ensemble, soloists and movements. */
import { Fragment } from 'preact';
import { href } from '../../lib/route';
import { Cover, ErrorBox, Loading, PageHeader, StarButton } from '../common';
import { TRACK_ROW, type Image, type Named, type TrackRow } from '../data';
import { useQuery } from '../hooks';
import { PlayButtons, TrackList } from '../TrackList';

const WORK = `query Work($id: ID!) { work(id: $id) { id title catalogue composer { id name } userData { starred }
  movements { number name }
  performances { album { id title artistName year coverArt { size url } }
    conductors { id name } ensembles { id name } soloists { instrument artist { id name } }
    tracks { ...TrackRow movementNumber movementName } } } } ${TRACK_ROW}`;

interface Performance {
  album: { id: string; title: string; artistName: string; year: number | null; coverArt: Image[] | null };
  conductors: Named[];
  ensembles: Named[];
  soloists: { instrument: string | null; artist: Named }[];
  tracks: TrackRow[];
}

interface WorkData {
  work: {
    id: string; title: string; catalogue: string | null; composer: Named | null; userData: { starred: boolean };
    movements: { number: number | null; name: string | null }[]; performances: Performance[];
  };
}

function performers(p: Performance): { id: string; name: string; detail?: string }[] {
  return [
    ...p.conductors.map((a) => ({ ...a, detail: 'conductor' })),
    ...p.ensembles,
    ...p.soloists.map((s) => ({ ...s.artist, detail: s.instrument ?? undefined })),
  ];
}

export function Work({ id }: { id: string }) {
  const { data, error, loading } = useQuery<WorkData>(WORK, { id });
  if (error) {
    return <ErrorBox message={error} />;
  }
  if (loading || !data) {
    return <Loading />;
  }
  const work = data.work;
  return (
    <article>
      <PageHeader title={work.title} />
      <p class="muted">
        {work.composer && <a href={href({ page: 'artist', id: work.composer.id })}>{work.composer.name}</a>}
        {work.catalogue && ` · ${work.catalogue}`}
        {` · ${work.performances.length} ${work.performances.length === 1 ? 'performance' : 'performances'}`}
      </p>
      <StarButton id={work.id} starred={work.userData.starred} label={work.title} />
      {work.movements.length > 1 && (
        <ol class="movements">
          {work.movements.map((m, i) => <li key={i} value={m.number ?? undefined}>{m.name ?? `Movement ${m.number}`}</li>)}
        </ol>
      )}
      <h2>Performances</h2>
      <ul class="performances">
        {work.performances.map((p) => (
          <li key={p.album.id} class="performance">
            <div class="performance-head">
              <a href={href({ page: 'album', id: p.album.id })}><Cover images={p.album.coverArt} size={150} alt="" /></a>
              <div>
                <h3><a href={href({ page: 'album', id: p.album.id })}>{p.album.title}</a></h3>
                <p class="performers">
                  {performers(p).map((a, i) => (
                    <Fragment key={`${a.id}-${a.detail}`}>
                      {i > 0 && ' · '}
                      <a href={href({ page: 'artist', id: a.id })}>{a.name}</a>{a.detail ? <span class="muted"> ({a.detail})</span> : null}
                    </Fragment>
                  ))}
                </p>
                <p class="muted">{p.album.year}</p>
                <PlayButtons tracks={p.tracks} label={`the performance on ${p.album.title}`} />
              </div>
            </div>
            <TrackList tracks={p.tracks} numbering="movement" albumArtist={p.album.artistName} />
          </li>
        ))}
      </ul>
    </article>
  );
}
