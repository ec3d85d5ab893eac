/**
 * The play queue as plain data: every change returns a new queue, so the player, the page and the saved copy can
 * never disagree about it. An entry has a key of its own because the same track may be queued twice.
 */
import type { AudioInfo } from './format';

export interface ReplayGainTags {
  trackGain?: number | null;
  trackPeak?: number | null;
  albumGain?: number | null;
  albumPeak?: number | null;
}

/** What the queue keeps of a track: enough to show it and to ask the server for its stream when it is due. */
export interface QueueTrack {
  id: string;
  title: string;
  artist: string;
  albumId?: string | null;
  albumTitle?: string | null;
  durationSeconds?: number | null;
  audio?: AudioInfo | null;
  replayGain?: ReplayGainTags | null;
  cover?: string | null;
}

export interface QueueEntry {
  key: string;
  track: QueueTrack;
}

export interface Queue {
  entries: QueueEntry[];
  /** The entry playing or paused; -1 when the queue is empty. */
  index: number;
}

export type AddMode = 'now' | 'next' | 'end';

export const EMPTY: Queue = { entries: [], index: -1 };

let counter = 0;

function entry(track: QueueTrack): QueueEntry {
  counter += 1;
  return { key: `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`, track };
}

/** Adds tracks: 'now' plays the first of them at once, 'next' after the current entry, 'end' at the end. */
export function add(queue: Queue, tracks: QueueTrack[], mode: AddMode): Queue {
  if (tracks.length === 0) {
    return queue;
  }
  const added = tracks.map(entry);
  if (queue.entries.length === 0) {
    return { entries: added, index: 0 };
  }
  if (mode === 'end') {
    return { entries: [...queue.entries, ...added], index: queue.index };
  }
  const at = queue.index + 1;
  const entries = [...queue.entries.slice(0, at), ...added, ...queue.entries.slice(at)];
  return { entries, index: mode === 'now' ? at : queue.index };
}

/** Replaces the queue with these tracks, starting at the one at {@code start}. */
export function replace(tracks: QueueTrack[], start = 0): Queue {
  if (tracks.length === 0) {
    return EMPTY;
  }
  return { entries: tracks.map(entry), index: clamp(start, 0, tracks.length - 1) };
}

/** Moves the entry at {@code from} to position {@code to}; the current entry stays current wherever it goes. */
export function move(queue: Queue, from: number, to: number): Queue {
  const n = queue.entries.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) {
    return queue;
  }
  const current = queue.entries[queue.index];
  const entries = [...queue.entries];
  const [moved] = entries.splice(from, 1);
  entries.splice(to, 0, moved);
  return { entries, index: entries.indexOf(current) };
}

/** Removes the entry at {@code at}; removing the current one makes the next one current (or the previous, at the end). */
export function remove(queue: Queue, at: number): Queue {
  if (at < 0 || at >= queue.entries.length) {
    return queue;
  }
  const entries = queue.entries.filter((_, i) => i !== at);
  if (entries.length === 0) {
    return EMPTY;
  }
  const index = at < queue.index ? queue.index - 1 : Math.min(queue.index, entries.length - 1);
  return { entries, index };
}

export function clear(): Queue {
  return EMPTY;
}

/** Makes the entry at {@code at} current. */
export function jump(queue: Queue, at: number): Queue {
  return at < 0 || at >= queue.entries.length ? queue : { entries: queue.entries, index: at };
}

/** The entry after the current one (what the player loads ahead of time for a gapless change), or null. */
export function upcoming(queue: Queue): QueueEntry | null {
  return queue.entries[queue.index + 1] ?? null;
}

export function current(queue: Queue): QueueEntry | null {
  return queue.entries[queue.index] ?? null;
}

/** The queue moved on to the next entry, or null at the end. */
export function next(queue: Queue): Queue | null {
  return queue.index + 1 < queue.entries.length ? { entries: queue.entries, index: queue.index + 1 } : null;
}

/** The queue moved back one entry, or null at the start. */
export function previous(queue: Queue): Queue | null {
  return queue.index > 0 ? { entries: queue.entries, index: queue.index - 1 } : null;
}

/** The queue with the entry of this key current, or null when no entry has it. */
export function toKey(queue: Queue, key: string): Queue | null {
  const at = queue.entries.findIndex((e) => e.key === key);
  return at < 0 ? null : { entries: queue.entries, index: at };
}

/** Seconds left in the queue from the current entry's start. */
export function remainingSeconds(queue: Queue): number {
  return queue.entries.slice(Math.max(queue.index, 0)).reduce((sum, e) => sum + (e.track.durationSeconds ?? 0), 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
