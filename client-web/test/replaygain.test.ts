import { replayGain } from '../app/lib/replaygain';
import { assertClose, assertEqual, test } from './harness';

const tags = { trackGain: -6, trackPeak: 0.9, albumGain: -8, albumPeak: 0.95 };

test('off, or no tags, changes nothing', () => {
  assertEqual(replayGain('off', tags).factor, 1);
  assertEqual(replayGain('track', null).factor, 1);
  assertEqual(replayGain('album', {}).requestedDb, null);
});

test('track and album modes use their own gain', () => {
  assertClose(replayGain('track', tags).factor, Math.pow(10, -6 / 20), 1e-9, 'track');
  assertEqual(replayGain('track', tags).appliedDb, -6);
  assertEqual(replayGain('album', tags).appliedDb, -8);
  assertEqual(replayGain('album', tags).limited, false);
});

test('a mode whose gain is missing falls back to the other', () => {
  assertEqual(replayGain('album', { trackGain: -3, trackPeak: 0.5 }).appliedDb, -3);
  assertEqual(replayGain('track', { albumGain: -4 }).appliedDb, -4);
});

test('a gain that would clip the peak is reduced to just below full scale', () => {
  const gain = replayGain('track', { trackGain: -1, trackPeak: 1.2 });
  assertClose(gain.factor, 1 / 1.2, 1e-9, 'factor');
  assertEqual(gain.limited, true);
  assertEqual(gain.requestedDb, -1);
});

test('a boost cannot be applied by an audio element: unity, and said so', () => {
  const gain = replayGain('track', { trackGain: 3.5, trackPeak: 0.3 });
  assertEqual(gain.factor, 1);
  assertEqual(gain.appliedDb, 0);
  assertEqual(gain.limited, true);
});
