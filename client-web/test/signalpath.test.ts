import { signalPath } from '../app/lib/signalpath';
import type { StreamVariant } from '../app/lib/variants';
import { assertEqual, test } from './harness';

const original: StreamVariant = { name: 'original', url: '', mimeType: 'audio/flac', sampleRate: 48000, bitDepth: 24, signalPath: 'bit-perfect', bitPerfect: true };
const unchanged = { sampleRate: 48000, volume: 1, muted: false, gainDb: 0, gainMode: 'off' };

test('the original at the device rate, full volume and no gain is bit-perfect', () => {
  const path = signalPath('FLAC 24/48', original, unchanged);
  assertEqual(path.bitPerfect, true);
  assertEqual(path.server, ['FLAC 24/48', 'sent unchanged (bit-perfect)']);
  assertEqual(path.browser, ['decoded by the browser', 'output device 48 kHz']);
  assertEqual(path.changes, []);
});

test('the browser resampling to its device is a step, and not bit-perfect', () => {
  const path = signalPath('FLAC 24/96', { ...original, sampleRate: 96000 }, unchanged);
  assertEqual(path.bitPerfect, false);
  assertEqual(path.browser[1], 'resampled by the browser 96 → 48 kHz');
});

test('volume, mute and ReplayGain are steps that change the samples', () => {
  const path = signalPath('FLAC 24/48', original, { ...unchanged, volume: 0.5, gainDb: -6.5, gainMode: 'album' });
  assertEqual(path.browser.slice(1, 3), ['ReplayGain (album) -6.50 dB', 'volume 50 %']);
  assertEqual(path.changes.length, 2);
  assertEqual(signalPath('FLAC 24/48', original, { ...unchanged, muted: true }).browser[1], 'muted');
});

test("a conversion's steps are the server's, as it states them", () => {
  const converted: StreamVariant = {
    ...original, name: 'flac-24-96', sampleRate: 96000, bitPerfect: false,
    signalPath: 'FLAC 24/192 -> resample 192000->96000 (sinc, linear phase) → FLAC 24/96',
  };
  const path = signalPath('FLAC 24/192', converted, { ...unchanged, sampleRate: 96000 });
  assertEqual(path.server, ['FLAC 24/192', 'resample 192000->96000 (sinc, linear phase)', 'FLAC 24/96']);
  assertEqual(path.changes, ['converted by the server: flac-24-96']);
});

test('an unknown output rate is said, not guessed', () => {
  assertEqual(signalPath('FLAC 16/44.1', original, { ...unchanged, sampleRate: null }).browser, ['decoded by the browser', 'output device']);
});
