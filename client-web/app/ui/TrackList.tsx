/** A list of tracks with their durations and formats, each playable, queueable and starrable. */
import { formatDuration } from '../lib/format';
import { href } from '../lib/route';
import { ArtistLinks, FormatBadge, StarButton } from './common';
import { useSession } from './context';
import { toQueueTrack, type TrackRow } from './data';
import { Icon } from './icons';
import { useCurrentTrackId } from './hooks';

interface Props {
  tracks: TrackRow[];
  /** What the number column shows: the track number, or the movement number of a work. */
  numbering?: 'track' | 'movement' | 'position';
  /** Leave out the artists when they are the album's. */
  albumArtist?: string;
  showAlbum?: boolean;
}

export function TrackList({ tracks, numbering = 'track', albumArtist, showAlbum = false }: Props) {
  const { player } = useSession();
  const current = useCurrentTrackId(player);
  const queueTracks = tracks.map(toQueueTrack);
  return (
    <ol class="track-list">
      {tracks.map((track, i) => {
        const number = numbering === 'movement' ? track.movementNumber : numbering === 'position' ? i + 1 : track.trackNumber;
        const artistNames = track.artists.map((a) => a.name).join(', ');
        const title = track.title ?? 'Untitled';
        return (
          <li key={`${track.id}-${i}`} class={`track${track.id === current ? ' track-current' : ''}`} data-track-id={track.id}>
            <span class="track-number muted">{number ?? ''}</span>
            <button type="button" class="icon-button track-play" aria-label={`Play ${title}`} onClick={() => player.playTracks(queueTracks, i)}>
              <Icon name="play" size={20} />
            </button>
            <span class="track-title">
              <span class="track-name">{numbering === 'movement' && track.movementName ? track.movementName : title}</span>
              {artistNames && artistNames !== albumArtist && <span class="track-artists muted"><ArtistLinks artists={track.artists} /></span>}
              {showAlbum && track.album && (
                <span class="track-album muted"><a href={href({ page: 'album', id: track.album.id })}>{track.album.title}</a></span>
              )}
            </span>
            <FormatBadge audio={track.audio} />
            <span class="track-duration muted">{formatDuration(track.durationSeconds)}</span>
            <span class="track-actions">
              <button type="button" class="icon-button" aria-label={`Play ${title} next`} title="Play next"
                onClick={() => player.enqueue([queueTracks[i]], 'next')}>
                <Icon name="playNext" size={20} />
              </button>
              <button type="button" class="icon-button" aria-label={`Add ${title} to the queue`} title="Add to queue"
                onClick={() => player.enqueue([queueTracks[i]], 'end')}>
                <Icon name="add" size={20} />
              </button>
              <StarButton id={track.id} starred={track.userData.starred} label={title} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Play all and queue all, for an album, a work's performance, a playlist or a folder ({@code label} names it: "album X"). */
export function PlayButtons({ tracks, label }: { tracks: TrackRow[]; label: string }) {
  const { player } = useSession();
  const queueTracks = () => tracks.map(toQueueTrack);
  return (
    <div class="play-buttons">
      <button type="button" class="button button-primary" disabled={tracks.length === 0} onClick={() => player.playTracks(queueTracks())}
        aria-label={`Play ${label}`}>
        <Icon name="play" size={20} /> Play
      </button>
      <button type="button" class="button" disabled={tracks.length === 0} onClick={() => player.enqueue(queueTracks(), 'next')}
        aria-label={`Play ${label} next`}>
        <Icon name="playNext" size={20} /> Play next
      </button>
      <button type="button" class="button" disabled={tracks.length === 0} onClick={() => player.enqueue(queueTracks(), 'end')}
        aria-label={`Add ${label} to the queue`}>
        <Icon name="add" size={20} /> Queue
      </button>
    </div>
  );
}
