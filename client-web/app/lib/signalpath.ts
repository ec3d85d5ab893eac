/**
 * The signal path of what is playing, from the file to the loudspeaker: the server's steps (as the stream variant
 * states them) and then the browser's own (level changes, and the resampling to the output device's rate that every
 * browser does without asking). Bit-perfect only when no step changes a sample.
 */
import type { StreamVariant } from './variants';
import { kiloHertz } from './format';

export interface BrowserOutput {
  /** The rate the browser mixes at (the output device's), when known. */
  sampleRate: number | null;
  /** Volume the listener set, 0..1. */
  volume: number;
  muted: boolean;
  /** ReplayGain applied, in dB (0 or negative), and its mode. */
  gainDb: number;
  gainMode: string;
}

export interface SignalPath {
  server: string[];
  browser: string[];
  bitPerfect: boolean;
  /** Why it is not bit-perfect, one reason a line. */
  changes: string[];
}

/** Steps are separated by an arrow between spaces; an arrow inside a step (192000→96000) is part of it. */
const STEP = /\s+(?:->|→)\s+/;

export function signalPath(source: string, variant: StreamVariant, output: BrowserOutput): SignalPath {
  const steps = variant.signalPath.split(STEP).filter((s) => s.trim() !== '');
  const server = variant.bitPerfect ? [source, 'sent unchanged (bit-perfect)'] : steps;
  const changes: string[] = [];
  if (!variant.bitPerfect) {
    changes.push(`converted by the server: ${variant.name}`);
  }
  const browser: string[] = ['decoded by the browser'];
  if (output.gainDb !== 0) {
    browser.push(`ReplayGain (${output.gainMode}) ${output.gainDb.toFixed(2)} dB`);
    changes.push('ReplayGain changes the level');
  }
  if (output.muted) {
    browser.push('muted');
    changes.push('muted');
  } else if (output.volume < 1) {
    browser.push(`volume ${Math.round(output.volume * 100)} %`);
    changes.push('volume below 100 %');
  }
  const rate = variant.sampleRate;
  if (output.sampleRate && rate && output.sampleRate !== rate) {
    browser.push(`resampled by the browser ${kiloHertz(rate)} → ${kiloHertz(output.sampleRate)} kHz`);
    changes.push('the browser resamples to the output device');
  }
  browser.push(output.sampleRate ? `output device ${kiloHertz(output.sampleRate)} kHz` : 'output device');
  return { server, browser, bitPerfect: changes.length === 0, changes };
}
