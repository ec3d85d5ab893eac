/**
 * Which of a track's stream variants the browser plays. The server offers the original (bit-perfect) and some
 * conversions; the browser can decode only some formats, so the order of candidates depends on the listener's
 * choice of quality and on what this browser says it can play. The player tries them in that order.
 */

export interface StreamVariant {
  name: string;
  url: string;
  mimeType: string;
  sampleRate?: number | null;
  bitDepth?: number | null;
  channels?: number | null;
  signalPath: string;
  bitPerfect: boolean;
}

/** original: the file itself whenever the browser plays it; hires: at most 24/96; cd: at most 16/44.1. */
export type Quality = 'original' | 'hires' | 'cd';

/** The MIME type (with codec) that asks a browser whether it decodes files of a given format. */
const PROBES: Record<string, string | null> = {
  flac: 'audio/flac',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  aac: 'audio/mp4; codecs="mp4a.40.2"',
  alac: 'audio/mp4; codecs="alac"',
  vorbis: 'audio/ogg; codecs="vorbis"',
  opus: 'audio/ogg; codecs="opus"',
  aiff: 'audio/aiff',
  // No browser decodes these.
  wavpack: null,
  dsf: null,
  dff: null,
};

export type CanPlay = (mimeType: string) => boolean;

/** Asks an audio element, as browsers answer: "probably" or "maybe" is yes. */
export function browserCanPlay(probe: HTMLMediaElement): CanPlay {
  return (mimeType) => probe.canPlayType(mimeType) !== '';
}

/** Whether the browser decodes the original file of this format. */
export function playsOriginal(format: string, canPlay: CanPlay): boolean {
  const probe = PROBES[format];
  return probe != null && canPlay(probe);
}

/** The variants to try, best first, for a track whose file has the given format. */
export function candidates(variants: StreamVariant[], format: string, quality: Quality, canPlay: CanPlay): StreamVariant[] {
  const byName = (name: string) => variants.find((v) => v.name === name);
  const original = playsOriginal(format, canPlay) ? byName('original') : undefined;
  const order: (StreamVariant | undefined)[] = quality === 'cd'
    ? [byName('flac-16-44.1'), original, byName('wav')]
    : quality === 'hires'
      ? [byName('flac-24-96'), original, byName('wav'), byName('flac-16-44.1')]
      : [original, byName('wav'), byName('flac-24-96'), byName('flac-16-44.1')];
  const playable = order.filter((v): v is StreamVariant => v !== undefined && canPlayVariant(v, canPlay));
  return playable.filter((v, i) => playable.indexOf(v) === i);
}

function canPlayVariant(variant: StreamVariant, canPlay: CanPlay): boolean {
  return variant.name === 'original' || canPlay(variant.mimeType.split(';')[0]);
}
