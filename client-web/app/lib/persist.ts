/**
 * The player's state kept across reloads in the browser's storage: the queue, where it was, and the listener's
 * settings. Stream URLs are not kept (they expire); they are asked for again when a track is due. Anything
 * unreadable in storage is ignored, never an error.
 */
import type { Queue, QueueEntry } from './queue';
import type { ReplayGainMode } from './replaygain';
import type { Quality } from './variants';

export const STORAGE_KEY = 'fidelio.player.v1';

export interface SavedPlayer {
  queue: Queue;
  position: number;
  volume: number;
  muted: boolean;
  replayGain: ReplayGainMode;
  quality: Quality;
}

export const DEFAULTS: SavedPlayer = {
  queue: { entries: [], index: -1 },
  position: 0,
  volume: 1,
  muted: false,
  replayGain: 'off',
  quality: 'original',
};

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function save(storage: KeyValueStore, state: SavedPlayer): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or refused (private windows): the queue just won't survive a reload.
  }
}

export function load(storage: KeyValueStore): SavedPlayer {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return DEFAULTS;
  }
  if (!raw || typeof raw !== 'object') {
    return DEFAULTS;
  }
  const r = raw as Record<string, unknown>;
  const entries = Array.isArray((r.queue as Queue | undefined)?.entries)
    ? (r.queue as Queue).entries.filter(validEntry)
    : [];
  const savedIndex = Number((r.queue as Queue | undefined)?.index);
  const index = entries.length === 0 ? -1 : Number.isInteger(savedIndex) ? Math.min(Math.max(savedIndex, 0), entries.length - 1) : 0;
  return {
    queue: { entries, index },
    position: finiteAtLeastZero(r.position, 0),
    volume: Math.min(finiteAtLeastZero(r.volume, 1), 1),
    muted: r.muted === true,
    replayGain: oneOf(r.replayGain, ['off', 'track', 'album'], DEFAULTS.replayGain),
    quality: oneOf(r.quality, ['original', 'hires', 'cd'], DEFAULTS.quality),
  };
}

function validEntry(e: unknown): e is QueueEntry {
  const entry = e as QueueEntry | null;
  return !!entry && typeof entry.key === 'string' && !!entry.track && typeof entry.track.id === 'string'
    && typeof entry.track.title === 'string';
}

function finiteAtLeastZero(value: unknown, fallback: number): number {
  return typeof value === 'number' && isFinite(value) && value >= 0 ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
