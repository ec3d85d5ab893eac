/** The bar at the bottom: what is playing, the transport, seek, volume, and the buttons for the queue and signal path. */
import { formatBadge, formatDuration } from '../lib/format';
import { current } from '../lib/queue';
import { href } from '../lib/route';
import { useSession } from './context';
import { usePlayerState } from './hooks';
import { Icon } from './icons';

export function PlayerBar({ onQueue, onSignal, queueOpen, signalOpen }: { onQueue: () => void; onSignal: () => void; queueOpen: boolean; signalOpen: boolean }) {
  const { player } = useSession();
  const state = usePlayerState(player);
  const entry = current(state.queue);
  const track = entry?.track;
  const duration = state.duration || track?.durationSeconds || 0;
  return (
    <section class="player-bar" aria-label="Player">
      <div class="now-playing">
        {track?.cover ? <img class="cover" src={track.cover} alt="" width={56} height={56} /> : <div class="cover cover-none" aria-hidden="true">♪</div>}
        <div class="now-playing-text">
          {track ? (
            <>
              <span class="now-playing-title" data-testid="now-playing-title">{track.title}</span>
              <span class="muted">
                {track.artist}
                {track.albumId && <> · <a href={href({ page: 'album', id: track.albumId })}>{track.albumTitle}</a></>}
              </span>
            </>
          ) : <span class="muted">Nothing playing</span>}
        </div>
      </div>
      <div class="transport">
        <div class="transport-buttons">
          <button type="button" class="icon-button" aria-label="Previous track" onClick={() => player.previous()} disabled={!track}>
            <Icon name="previous" />
          </button>
          <button type="button" class="icon-button play-pause" aria-label={state.playing ? 'Pause' : 'Play'} onClick={() => player.toggle()} disabled={!track}>
            <Icon name={state.playing ? 'pause' : 'play'} size={32} />
          </button>
          <button type="button" class="icon-button" aria-label="Next track" onClick={() => player.next()}
            disabled={state.queue.index + 1 >= state.queue.entries.length}>
            <Icon name="next" />
          </button>
        </div>
        <div class="seek">
          <span class="time muted" aria-hidden="true">{formatDuration(state.position)}</span>
          <input type="range" class="seek-bar" min={0} max={duration || 0} step="any" value={state.position} disabled={!track || !duration}
            aria-label="Seek" aria-valuetext={`${formatDuration(state.position)} of ${formatDuration(duration)}`}
            onInput={(e) => player.seek(Number(e.currentTarget.value))} />
          <span class="time muted" aria-hidden="true">{formatDuration(duration)}</span>
        </div>
        {state.error && <p class="error player-error" role="alert">{state.error}</p>}
      </div>
      <div class="player-extras">
        {track?.audio && (
          <button type="button" class={`badge badge-button${state.variant?.bitPerfect ? ' badge-hires' : ''}`} aria-expanded={signalOpen}
            aria-label="Signal path" title="Signal path" onClick={onSignal}>
            {state.variant && !state.variant.bitPerfect ? `${formatBadge(track.audio)} → ${state.variant.name}` : formatBadge(track.audio)}
          </button>
        )}
        <button type="button" class="icon-button" aria-label={state.muted ? 'Unmute' : 'Mute'} onClick={() => player.toggleMute()}>
          <Icon name={state.muted ? 'mute' : 'volume'} size={20} />
        </button>
        <input type="range" class="volume" min={0} max={1} step={0.01} value={state.muted ? 0 : state.volume} aria-label="Volume"
          aria-valuetext={`${Math.round(state.volume * 100)} %`} onInput={(e) => player.setVolume(Number(e.currentTarget.value))} />
        <button type="button" class="icon-button" aria-label="Queue" aria-expanded={queueOpen} onClick={onQueue}>
          <Icon name="queue" />
          {state.queue.entries.length > 0 && <span class="count">{state.queue.entries.length}</span>}
        </button>
      </div>
    </section>
  );
}
