import { formatBadge, formatDuration, isHighResolution, kiloHertz } from '../app/lib/format';
import { assertEqual, test } from './harness';

test('durations are m:ss, or h:mm:ss from an hour', () => {
  assertEqual(formatDuration(0), '0:00');
  assertEqual(formatDuration(5.9), '0:05');
  assertEqual(formatDuration(65), '1:05');
  assertEqual(formatDuration(3723), '1:02:03');
  assertEqual(formatDuration(null), '');
  assertEqual(formatDuration(-1), '');
  assertEqual(formatDuration(Infinity), '');
});

test('rates are written in kHz without needless decimals', () => {
  assertEqual(kiloHertz(44100), '44.1');
  assertEqual(kiloHertz(96000), '96');
  assertEqual(kiloHertz(352800), '352.8');
});

test('badges name the format with depth and rate, DSD by its multiple, lossy by bitrate', () => {
  assertEqual(formatBadge({ format: 'flac', lossless: true, bitDepth: 24, sampleRate: 96000 }), 'FLAC 24/96');
  assertEqual(formatBadge({ format: 'flac', lossless: true, bitDepth: 16, sampleRate: 44100 }), 'FLAC 16/44.1');
  assertEqual(formatBadge({ format: 'wavpack', lossless: true, bitDepth: 24, sampleRate: 192000 }), 'WavPack 24/192');
  assertEqual(formatBadge({ format: 'dsf', lossless: true, dsdRate: 2822400, sampleRate: 2822400 }), 'DSD64');
  assertEqual(formatBadge({ format: 'dff', lossless: true, dsdRate: 5644800 }), 'DSD128');
  assertEqual(formatBadge({ format: 'mp3', lossless: false, bitrateKbps: 320, sampleRate: 44100 }), 'MP3 320');
  assertEqual(formatBadge({ format: 'opus', lossless: false }), 'Opus');
  assertEqual(formatBadge({ format: 'aiff', lossless: true }), 'AIFF');
  assertEqual(formatBadge({ format: 'future', lossless: true }), 'FUTURE');
});

test('high resolution is more than 16 bits or 48 kHz, or DSD; never lossy', () => {
  assertEqual(isHighResolution({ format: 'flac', lossless: true, bitDepth: 24, sampleRate: 48000 }), true);
  assertEqual(isHighResolution({ format: 'flac', lossless: true, bitDepth: 16, sampleRate: 88200 }), true);
  assertEqual(isHighResolution({ format: 'flac', lossless: true, bitDepth: 16, sampleRate: 48000 }), false);
  assertEqual(isHighResolution({ format: 'dsf', lossless: true, dsdRate: 2822400 }), true);
  assertEqual(isHighResolution({ format: 'aac', lossless: false, bitDepth: 24, sampleRate: 96000 }), false);
});
