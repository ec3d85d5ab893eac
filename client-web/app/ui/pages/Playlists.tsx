/** The listener's playlists and everyone's public ones. */
import { formatDuration } from '../../lib/format';
import { href } from '../../lib/route';
import { ErrorBox, Loading, PageHeader } from '../common';
import { TRACK_ROW, type TrackRow } from '../data';
import { useQuery } from '../hooks';
import { PlayButtons, TrackList } from '../TrackList';

const PLAYLISTS = `query Playlists { playlists { id name owner public comment tracks { id durationSeconds } } }`;

const PLAYLIST = `query Playlist($id: ID!) { playlist(id: $id) { id name owner public comment tracks { ...TrackRow } } } ${TRACK_ROW}`;

interface PlaylistRow {
  id: string; name: string; owner: string; public: boolean; comment: string | null;
  tracks: { id: string; durationSeconds: number | null }[];
}

export function Playlists() {
  const { data, error, loading } = useQuery<{ playlists: PlaylistRow[] }>(PLAYLISTS);
  return (
    <>
      <PageHeader title="Playlists" />
      {error && <ErrorBox message={error} />}
      {loading && !data && <Loading />}
      {data && data.playlists.length === 0 && <p class="muted">No playlists yet.</p>}
      <ul class="link-list">
        {data?.playlists.map((p) => (
          <li key={p.id}>
            <a href={href({ page: 'playlist', id: p.id })}>{p.name}</a>
            <span class="muted"> · {p.tracks.length} tracks · {formatDuration(p.tracks.reduce((s, t) => s + (t.durationSeconds ?? 0), 0))}
              · {p.owner}{p.public ? ' · public' : ''}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Playlist({ id }: { id: string }) {
  const { data, error, loading } = useQuery<{ playlist: PlaylistRow & { tracks: TrackRow[] } }>(PLAYLIST, { id });
  if (error) {
    return <ErrorBox message={error} />;
  }
  if (loading || !data) {
    return <Loading />;
  }
  const playlist = data.playlist;
  return (
    <>
      <PageHeader title={playlist.name} />
      <p class="muted">{playlist.owner}{playlist.public ? ' · public' : ''}{playlist.comment ? ` · ${playlist.comment}` : ''}</p>
      <PlayButtons tracks={playlist.tracks} label={`playlist ${playlist.name}`} />
      <TrackList tracks={playlist.tracks} numbering="position" showAlbum />
    </>
  );
}
