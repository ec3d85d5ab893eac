/** The play queue: reorder by dragging (or with the arrow buttons), remove, clear, jump to any entry. */
import { useState } from 'preact/hooks';
import { graphql } from '../lib/api';
import { formatDuration } from '../lib/format';
import { href } from '../lib/route';
import { remainingSeconds } from '../lib/queue';
import { useSession } from './context';
import { usePlayerState } from './hooks';
import { Icon } from './icons';

export function QueuePanel({ onClose }: { onClose: () => void }) {
  const { player } = useSession();
  const state = usePlayerState(player);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = state.queue.entries;
  const saveAsPlaylist = async () => {
    const name = prompt('Name of the new playlist', `Queue ${new Date().toLocaleDateString()}`)?.trim();
    if (!name) {
      return;
    }
    try {
      const data = await graphql<{ createPlaylist: { id: string; name: string } }>(
        'mutation Save($name: String!, $tracks: [ID]) { createPlaylist(name: $name, trackIds: $tracks) { id name } }',
        { name, tracks: entries.map((e) => e.track.id) });
      setSaved(data.createPlaylist);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <aside class="side-panel queue-panel" aria-labelledby="queue-heading">
      <header class="side-panel-header">
        <h2 id="queue-heading">Queue</h2>
        <span class="muted">{entries.length} tracks · {formatDuration(remainingSeconds(state.queue))} left</span>
        <button type="button" class="button button-small" onClick={() => void saveAsPlaylist()} disabled={entries.length === 0}>Save as playlist</button>
        <button type="button" class="button button-small" onClick={() => player.clear()} disabled={entries.length === 0}>Clear</button>
        <button type="button" class="icon-button" aria-label="Close the queue" onClick={onClose}><Icon name="close" size={20} /></button>
      </header>
      {saved && <p role="status">Saved as <a href={href({ page: 'playlist', id: saved.id })}>{saved.name}</a>.</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {entries.length === 0 && <p class="muted">The queue is empty. Play or queue something from an album, a work or a playlist.</p>}
      <ol class="queue-list">
        {entries.map((entry, i) => (
          <li key={entry.key} draggable class={`queue-entry${i === state.queue.index ? ' queue-current' : ''}${dropAt === i ? ' drop-target' : ''}`}
            aria-current={i === state.queue.index ? 'true' : undefined}
            onDragStart={(e) => { setDragFrom(i); e.dataTransfer?.setData('text/plain', String(i)); }}
            onDragOver={(e) => { e.preventDefault(); setDropAt(i); }}
            onDragLeave={() => setDropAt(null)}
            onDrop={(e) => { e.preventDefault(); if (dragFrom !== null) player.move(dragFrom, i); setDragFrom(null); setDropAt(null); }}
            onDragEnd={() => { setDragFrom(null); setDropAt(null); }}>
            <button type="button" class="queue-jump" onClick={() => player.playAt(i)} aria-label={`Play ${entry.track.title}`}>
              <span class="queue-title">{entry.track.title}</span>
              <span class="muted">{entry.track.artist}</span>
            </button>
            <span class="muted">{formatDuration(entry.track.durationSeconds)}</span>
            <span class="queue-actions">
              <button type="button" class="icon-button" aria-label={`Move ${entry.track.title} up`} disabled={i === 0} onClick={() => player.move(i, i - 1)}>
                <Icon name="up" size={18} />
              </button>
              <button type="button" class="icon-button" aria-label={`Move ${entry.track.title} down`} disabled={i === entries.length - 1}
                onClick={() => player.move(i, i + 1)}>
                <Icon name="down" size={18} />
              </button>
              <button type="button" class="icon-button" aria-label={`Remove ${entry.track.title} from the queue`} onClick={() => player.remove(i)}>
                <Icon name="trash" size={18} />
              </button>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
