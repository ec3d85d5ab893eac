/**
 * ReplayGain in the browser. An audio element can only turn the level down (its volume is at most 1), so a track that
 * asks to be louder is played as it is, and a gain that would push its peak past full scale is reduced until it does
 * not: the player says so rather than clip.
 */
import type { ReplayGainTags } from './queue';

export type ReplayGainMode = 'off' | 'track' | 'album';

export interface AppliedGain {
  /** The factor the volume is multiplied by, 0 < factor ≤ 1. */
  factor: number;
  /** The gain applied, in dB (0 or negative). */
  appliedDb: number;
  /** The gain the tags ask for, or null when they say nothing in this mode. */
  requestedDb: number | null;
  /** True when less than the requested gain is applied (to avoid clipping, or because it asks for a boost). */
  limited: boolean;
}

const NONE: AppliedGain = { factor: 1, appliedDb: 0, requestedDb: null, limited: false };

export function replayGain(mode: ReplayGainMode, tags: ReplayGainTags | null | undefined): AppliedGain {
  if (mode === 'off' || !tags) {
    return NONE;
  }
  const [gain, peak] = mode === 'album'
    ? [tags.albumGain ?? tags.trackGain, tags.albumGain != null ? tags.albumPeak : tags.trackPeak]
    : [tags.trackGain ?? tags.albumGain, tags.trackGain != null ? tags.trackPeak : tags.albumPeak];
  if (gain == null || !isFinite(gain)) {
    return NONE;
  }
  let factor = Math.pow(10, gain / 20);
  if (peak != null && peak > 0 && factor * peak > 1) {
    factor = 1 / peak;
  }
  const limited = factor > 1 || Math.abs(20 * Math.log10(factor) - gain) > 0.005;
  factor = Math.min(factor, 1);
  return { factor, appliedDb: round2(20 * Math.log10(factor)), requestedDb: gain, limited };
}

function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
