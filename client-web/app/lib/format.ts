/** How the player writes durations, rates and a file's format ("FLAC 24/96", "DSD64", "MP3 320"). */

export interface AudioInfo {
  format: string;
  codec?: string | null;
  sampleRate?: number | null;
  bitDepth?: number | null;
  dsdRate?: number | null;
  bitrateKbps?: number | null;
  lossless: boolean;
  channels?: number | null;
}

const FORMAT_NAMES: Record<string, string> = {
  flac: 'FLAC', alac: 'ALAC', wav: 'WAV', aiff: 'AIFF', wavpack: 'WavPack', dsf: 'DSD', dff: 'DSD',
  mp3: 'MP3', aac: 'AAC', vorbis: 'Vorbis', opus: 'Opus',
};

/** 1:05, 12:30, 1:02:03; an unknown duration is empty. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !isFinite(seconds) || seconds < 0) {
    return '';
  }
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** 44100 → "44.1", 96000 → "96", 352800 → "352.8". */
export function kiloHertz(hz: number): string {
  return String(Math.round(hz / 100) / 10);
}

/** The short label of a file's format: what an audiophile looks for first. */
export function formatBadge(audio: AudioInfo): string {
  const name = FORMAT_NAMES[audio.format] ?? audio.format.toUpperCase();
  if (audio.dsdRate) {
    return `DSD${Math.round(audio.dsdRate / 44100)}`;
  }
  if (audio.lossless) {
    if (audio.bitDepth && audio.sampleRate) {
      return `${name} ${audio.bitDepth}/${kiloHertz(audio.sampleRate)}`;
    }
    return name;
  }
  return audio.bitrateKbps ? `${name} ${audio.bitrateKbps}` : name;
}

/** Finer than CD: more than 16 bits or 48 kHz, or DSD. */
export function isHighResolution(audio: AudioInfo): boolean {
  return !!audio.dsdRate || (audio.lossless && ((audio.bitDepth ?? 0) > 16 || (audio.sampleRate ?? 0) > 48000));
}

/** "3 tracks", "1 track". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
