/** The listener's settings: streaming quality, ReplayGain, theme; the keyboard shortcuts; logging out. */
import { logout } from '../../lib/api';
import { SHORTCUTS } from '../../lib/keys';
import type { ReplayGainMode } from '../../lib/replaygain';
import type { Quality } from '../../lib/variants';
import { PageHeader } from '../common';
import { useSession } from '../context';
import { usePlayerState } from '../hooks';
import { applyTheme, savedTheme, type Theme } from '../theme';
import { useState } from 'preact/hooks';

export function Settings() {
  const { me, player } = useSession();
  const state = usePlayerState(player);
  const [theme, setTheme] = useState<Theme>(savedTheme());
  return (
    <>
      <PageHeader title="Settings" />
      <form class="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Streaming quality</legend>
          {([['original', 'Original file whenever this browser can play it (bit-perfect)'],
            ['hires', 'At most 24 bit / 96 kHz (converted by the server when finer)'],
            ['cd', 'At most 16 bit / 44.1 kHz (converted by the server when finer)']] as [Quality, string][]).map(([value, label]) => (
            <label key={value} class="radio">
              <input type="radio" name="quality" value={value} checked={state.quality === value} onChange={() => player.setQuality(value)} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>ReplayGain</legend>
          {([['off', 'Off'], ['track', 'Track gain'], ['album', 'Album gain']] as [ReplayGainMode, string][]).map(([value, label]) => (
            <label key={value} class="radio">
              <input type="radio" name="replaygain" value={value} checked={state.replayGain === value} onChange={() => player.setReplayGain(value)} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {([['system', 'As the system'], ['light', 'Light'], ['dark', 'Dark']] as [Theme, string][]).map(([value, label]) => (
            <label key={value} class="radio">
              <input type="radio" name="theme" value={value} checked={theme === value} onChange={() => { applyTheme(value); setTheme(value); }} /> {label}
            </label>
          ))}
        </fieldset>
      </form>
      <h2>Keyboard shortcuts</h2>
      <table class="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => <tr key={s.keys}><th scope="row"><kbd>{s.keys}</kbd></th><td>{s.action}</td></tr>)}
        </tbody>
      </table>
      <h2>Account</h2>
      <p>Logged in as <strong>{me.username}</strong>{me.admin ? ' (administrator)' : ''}.</p>
      <button type="button" class="button" onClick={async () => { await logout(); location.hash = '#/'; location.reload(); }}>Log out</button>
    </>
  );
}
