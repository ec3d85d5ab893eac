/** The signal path of what is playing: the server's steps, the browser's, and whether anything changed the samples. */
import { formatBadge } from '../lib/format';
import { current } from '../lib/queue';
import { signalPath } from '../lib/signalpath';
import { useSession } from './context';
import { usePlayerState } from './hooks';
import { Icon } from './icons';

export function SignalPathPanel({ onClose }: { onClose: () => void }) {
  const { player } = useSession();
  const state = usePlayerState(player);
  const track = current(state.queue)?.track;
  const header = (
    <header class="side-panel-header">
      <h2 id="signal-heading">Signal path</h2>
      <button type="button" class="icon-button" aria-label="Close the signal path" onClick={onClose}><Icon name="close" size={20} /></button>
    </header>
  );
  if (!track?.audio || !state.variant) {
    return <aside class="side-panel" aria-labelledby="signal-heading">{header}<p class="muted">Play a track to see its signal path.</p></aside>;
  }
  const path = signalPath(formatBadge(track.audio), state.variant, {
    sampleRate: state.outputRate, volume: state.volume, muted: state.muted, gainDb: state.gain.appliedDb, gainMode: state.replayGain,
  });
  return (
    <aside class="side-panel signal-panel" aria-labelledby="signal-heading">
      {header}
      <p class={`signal-verdict${path.bitPerfect ? ' bit-perfect' : ''}`} data-testid="signal-verdict">
        {path.bitPerfect ? 'Bit-perfect' : 'Not bit-perfect'}
      </p>
      <h3>Server</h3>
      <ol class="signal-steps">{path.server.map((s, i) => <li key={i}>{s}</li>)}</ol>
      <h3>This browser</h3>
      <ol class="signal-steps">{path.browser.map((s, i) => <li key={i}>{s}</li>)}</ol>
      {path.changes.length > 0 && (
        <>
          <h3>What changes the samples</h3>
          <ul>{path.changes.map((c) => <li key={c}>{c}</li>)}</ul>
        </>
      )}
      {state.gain.limited && state.gain.requestedDb != null && (
        <p class="muted">ReplayGain asks for {state.gain.requestedDb.toFixed(2)} dB; {state.gain.appliedDb.toFixed(2)} dB is applied, so the
          peak does not clip (the browser can only lower the level).</p>
      )}
    </aside>
  );
}
