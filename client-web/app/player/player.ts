/**
 * The player: the queue, the engine that plays it, the listener's settings, and everything that follows the current
 * track (ReplayGain level, the variant played, the operating system's media controls). Pages read its state and call
 * its methods; it saves itself to the browser's storage so a reload finds the same queue at the same place.
 */
import { graphql } from '../lib/api';
import * as Q from '../lib/queue';
import type { Queue, QueueTrack, AddMode } from '../lib/queue';
import { replayGain, type AppliedGain, type ReplayGainMode } from '../lib/replaygain';
import { candidates, browserCanPlay, type Quality, type StreamVariant } from '../lib/variants';
import { load, save, type SavedPlayer } from '../lib/persist';
import { GaplessEngine, type Source } from './engine';
import { MediaControls } from './media-session';

export interface PlayerState {
  queue: Queue;
  playing: boolean;
  position: number;
  duration: number;
  volume: number;
  muted: boolean;
  replayGain: ReplayGainMode;
  quality: Quality;
  /** The variant the browser plays for the current track, once it has loaded. */
  variant: StreamVariant | null;
  gain: AppliedGain;
  /** The rate the browser mixes at (its output device's), once known. */
  outputRate: number | null;
  error: string | null;
}

const VARIANTS_QUERY = `query Variants($id: ID!) { track(id: $id) {
  id streamVariants { name url mimeType sampleRate bitDepth channels signalPath bitPerfect } } }`;

/** Signed URLs last a day; asking again after an hour keeps a long-paused queue playable. */
const VARIANTS_TTL_MS = 60 * 60 * 1000;
const POSITION_SAVE_MS = 5000;

export class Player {
  state: PlayerState;
  private readonly listeners = new Set<() => void>();
  private readonly engine: GaplessEngine;
  private readonly media: MediaControls;
  private readonly variantCache = new Map<string, { at: number; variants: StreamVariant[] }>();
  private readonly canPlay = browserCanPlay(document.createElement('audio'));
  private lastPositionSave = 0;
  private loadToken = 0;

  constructor(private readonly storage: Storage) {
    const saved = load(storage);
    this.state = {
      ...saved,
      playing: false,
      duration: 0,
      variant: null,
      gain: replayGain(saved.replayGain, Q.current(saved.queue)?.track.replayGain),
      outputRate: null,
      error: null,
    };
    this.engine = new GaplessEngine({
      advanced: (key) => this.onAdvanced(key),
      ended: (key) => this.onEnded(key),
      time: (position, duration) => this.onTime(position, duration),
      playing: (playing) => this.update({ playing }),
      variant: (key, variant) => {
        if (Q.current(this.state.queue)?.key === key) {
          this.update({ variant });
        }
      },
      error: (key, message) => {
        if (Q.current(this.state.queue)?.key === key) {
          this.update({ error: message, playing: false });
        }
      },
    });
    this.media = new MediaControls(this);
    if (Q.current(this.state.queue)) {
      void this.loadCurrent(false, saved.position);
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<PlayerState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((l) => l());
  }

  private persist(): void {
    const s = this.state;
    const saved: SavedPlayer = {
      queue: s.queue, position: s.position, volume: s.volume, muted: s.muted, replayGain: s.replayGain, quality: s.quality,
    };
    save(this.storage, saved);
  }

  // --- The queue -------------------------------------------------------------------------------------------------

  /** Replaces the queue with these tracks and plays the one at {@code start}. */
  playTracks(tracks: QueueTrack[], start = 0): void {
    this.setQueue(Q.replace(tracks, start), true);
  }

  enqueue(tracks: QueueTrack[], mode: AddMode): void {
    const wasEmpty = this.state.queue.entries.length === 0;
    this.setQueue(Q.add(this.state.queue, tracks, mode), mode === 'now' || (wasEmpty && mode !== 'end'));
  }

  playAt(index: number): void {
    this.setQueue(Q.jump(this.state.queue, index), true);
  }

  move(from: number, to: number): void {
    this.setQueue(Q.move(this.state.queue, from, to), false);
  }

  remove(index: number): void {
    this.setQueue(Q.remove(this.state.queue, index), !this.engine.paused);
  }

  clear(): void {
    this.setQueue(Q.clear(), false);
  }

  next(): void {
    const moved = Q.next(this.state.queue);
    if (moved) {
      this.recordIfListened();
      this.setQueue(moved, true);
    }
  }

  /** Back to the start of the track, or to the previous one when the track has just begun. */
  previous(): void {
    const moved = Q.previous(this.state.queue);
    if (this.engine.position > 3 || !moved) {
      this.seek(0);
    } else {
      this.setQueue(moved, !this.engine.paused);
    }
  }

  /**
   * Takes a new queue: when its current entry is another than the one loaded, that one is loaded (and played when
   * {@code play}); the entry after it is always loaded ahead.
   */
  private setQueue(queue: Queue, play: boolean): void {
    const before = Q.current(this.state.queue)?.key;
    this.update({ queue });
    const now = Q.current(queue);
    if (!now) {
      this.engine.stop();
      this.update({ variant: null, error: null, position: 0, duration: 0 });
      this.media.clear();
    } else if (now.key !== before) {
      void this.loadCurrent(play, 0);
    } else {
      void this.preloadUpcoming();
    }
    this.persist();
  }

  // --- Playback --------------------------------------------------------------------------------------------------

  toggle(): void {
    if (this.engine.paused) {
      this.play();
    } else {
      this.pause();
    }
  }

  play(): void {
    if (!Q.current(this.state.queue)) {
      return;
    }
    this.detectOutputRate();
    this.update({ error: null });
    this.engine.play();
  }

  pause(): void {
    this.engine.pause();
    this.persist();
  }

  seek(seconds: number): void {
    this.engine.seek(seconds);
  }

  skip(seconds: number): void {
    this.engine.seek(this.engine.position + seconds);
  }

  setVolume(volume: number): void {
    this.update({ volume: Math.min(Math.max(volume, 0), 1), muted: false });
    this.applyLevels();
    this.persist();
  }

  toggleMute(): void {
    this.update({ muted: !this.state.muted });
    this.applyLevels();
    this.persist();
  }

  setReplayGain(mode: ReplayGainMode): void {
    this.update({ replayGain: mode });
    this.applyLevels();
    this.persist();
  }

  /** Another quality applies from the next track loaded; the current one keeps playing as it is. */
  setQuality(quality: Quality): void {
    this.update({ quality });
    this.persist();
  }

  private applyLevels(): void {
    const s = this.state;
    const gain = replayGain(s.replayGain, Q.current(s.queue)?.track.replayGain);
    const nextGain = replayGain(s.replayGain, Q.upcoming(s.queue)?.track.replayGain);
    this.update({ gain });
    this.engine.setLevels(s.volume * gain.factor, s.volume * nextGain.factor, s.muted);
  }

  private async loadCurrent(play: boolean, startAt: number): Promise<void> {
    const entry = Q.current(this.state.queue);
    if (!entry) {
      return;
    }
    const token = ++this.loadToken;
    this.update({ variant: null, error: null, position: startAt, duration: entry.track.durationSeconds ?? 0 });
    this.media.show(entry.track);
    this.applyLevels();
    try {
      const source = await this.source(entry);
      if (token !== this.loadToken) {
        return;
      }
      if (play) {
        this.detectOutputRate();
      }
      this.engine.load(source, play, startAt);
      await this.preloadUpcoming();
    } catch (e) {
      if (token === this.loadToken) {
        this.update({ error: (e as Error).message, playing: false });
      }
    }
  }

  private async preloadUpcoming(): Promise<void> {
    const upcoming = Q.upcoming(this.state.queue);
    try {
      this.engine.preload(upcoming ? await this.source(upcoming) : null);
    } catch {
      // The next track will be loaded when it is due, and its error shown then.
      this.engine.preload(null);
    }
    this.applyLevels();
  }

  private async source(entry: Q.QueueEntry): Promise<Source> {
    const variants = await this.variants(entry.track.id);
    const list = candidates(variants, entry.track.audio?.format ?? '', this.state.quality, this.canPlay);
    if (list.length === 0) {
      throw new Error(`This browser cannot play "${entry.track.title}" in any format the server offers.`);
    }
    return { key: entry.key, candidates: list };
  }

  private async variants(trackId: string): Promise<StreamVariant[]> {
    const cached = this.variantCache.get(trackId);
    if (cached && Date.now() - cached.at < VARIANTS_TTL_MS) {
      return cached.variants;
    }
    const data = await graphql<{ track: { streamVariants: StreamVariant[] } }>(VARIANTS_QUERY, { id: trackId });
    this.variantCache.set(trackId, { at: Date.now(), variants: data.track.streamVariants });
    return data.track.streamVariants;
  }

  private onAdvanced(key: string): void {
    this.recordPlay(Q.current(this.state.queue)?.track.id);
    const moved = Q.toKey(this.state.queue, key);
    if (!moved) {
      return;
    }
    const entry = Q.current(moved)!;
    this.update({ queue: moved, variant: null, error: null, position: 0, duration: entry.track.durationSeconds ?? 0 });
    this.media.show(entry.track);
    this.applyLevels();
    void this.preloadUpcoming();
    this.persist();
  }

  private onEnded(key: string): void {
    this.recordPlay(Q.current(this.state.queue)?.track.id);
    const moved = Q.next(this.state.queue);
    if (moved && Q.current(this.state.queue)?.key === key) {
      this.setQueue(moved, true);
    } else {
      this.engine.seek(0);
      this.update({ playing: false });
      this.persist();
    }
  }

  private onTime(position: number, duration: number): void {
    this.update({ position, duration: duration || this.state.duration });
    this.media.position(position, duration);
    if (Date.now() - this.lastPositionSave > POSITION_SAVE_MS) {
      this.lastPositionSave = Date.now();
      this.persist();
    }
  }

  /** A track skipped after more than half of it counts as played. */
  private recordIfListened(): void {
    const s = this.state;
    if (s.duration > 0 && s.position / s.duration > 0.5) {
      this.recordPlay(Q.current(s.queue)?.track.id);
    }
  }

  private recordPlay(trackId: string | undefined): void {
    if (trackId) {
      graphql('mutation Played($id: ID!) { recordPlay(trackId: $id) { playCount } }', { id: trackId }).catch(() => {
        // A play that could not be counted does not stop the music.
      });
    }
  }

  /** The browser mixes everything at its output device's rate; an audio context tells which that is. */
  private detectOutputRate(): void {
    if (this.state.outputRate !== null || typeof AudioContext === 'undefined') {
      return;
    }
    try {
      const context = new AudioContext();
      this.update({ outputRate: context.sampleRate });
      void context.close();
    } catch {
      // Unknown: the signal path says so.
    }
  }
}
