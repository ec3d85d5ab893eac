/**
 * Gapless playback with two audio elements: while one plays, the other has already loaded the next track, and when
 * the first ends the second starts in the same event handler. The browser keeps the next file buffered, so the
 * change costs no network round trip and no decoder start-up beyond the element's own.
 *
 * Each element tries the variants of its track in order: when the browser cannot decode one it moves to the next.
 */
import type { StreamVariant } from '../lib/variants';

export interface Source {
  key: string;
  candidates: StreamVariant[];
}

export interface EngineEvents {
  /** The standby element took over at the end of the current track. */
  advanced(key: string): void;
  /** The current track ended and nothing was loaded after it. */
  ended(key: string): void;
  time(position: number, duration: number): void;
  playing(playing: boolean): void;
  /** The variant an element settled on (after any fallbacks). */
  variant(key: string, variant: StreamVariant): void;
  error(key: string, message: string): void;
}

interface Slot {
  element: HTMLAudioElement;
  source: Source | null;
  attempt: number;
}

export class GaplessEngine {
  private readonly slots: [Slot, Slot];
  private active = 0;
  private level = 1;
  private nextLevel = 1;
  /** What the listener asked for last: playing or paused (an element is paused too while it fails over). */
  private wantsToPlay = false;

  constructor(private readonly events: EngineEvents) {
    this.slots = [this.slot('a'), this.slot('b')];
  }

  private slot(name: string): Slot {
    const element = document.createElement('audio');
    element.preload = 'auto';
    element.dataset.player = name;
    element.hidden = true;
    document.body.appendChild(element);
    const slot: Slot = { element, source: null, attempt: 0 };
    element.addEventListener('ended', () => this.isActive(slot) && this.onEnded());
    element.addEventListener('timeupdate', () => this.isActive(slot) && this.emitTime());
    element.addEventListener('durationchange', () => this.isActive(slot) && this.emitTime());
    element.addEventListener('playing', () => this.isActive(slot) && this.events.playing(true));
    element.addEventListener('pause', () => this.isActive(slot) && !element.ended && this.events.playing(false));
    element.addEventListener('loadedmetadata', () => this.isActive(slot) && this.announce(slot));
    element.addEventListener('error', () => this.onError(slot));
    return slot;
  }

  /** Tells which variant the current element plays, once it knows it can (it has read the file's header). */
  private announce(slot: Slot): void {
    if (slot.source && slot.element.readyState >= HTMLMediaElement.HAVE_METADATA) {
      this.events.variant(slot.source.key, slot.source.candidates[slot.attempt]);
    }
  }

  private isActive(slot: Slot): boolean {
    return this.slots[this.active] === slot;
  }

  private get current(): Slot {
    return this.slots[this.active];
  }

  private get standby(): Slot {
    return this.slots[1 - this.active];
  }

  /** Makes this source current; when the standby element already holds it, that element simply takes over. */
  load(source: Source, autoplay: boolean, startAt = 0): void {
    if (this.current.source?.key === source.key && this.current.element.src) {
      this.seek(startAt);
    } else if (this.standby.source?.key === source.key) {
      this.current.element.pause();
      this.active = 1 - this.active;
      this.seek(startAt);
      this.announce(this.current);
    } else {
      this.current.element.pause();
      this.assign(this.current, source, startAt);
    }
    this.applyLevels();
    if (autoplay) {
      this.play();
    } else {
      this.wantsToPlay = false;
      this.events.playing(false);
    }
    this.emitTime();
  }

  /** Loads the track that comes next into the standby element, or empties it. */
  preload(source: Source | null): void {
    if (source === null) {
      this.clear(this.standby);
    } else if (this.standby.source?.key !== source.key) {
      this.assign(this.standby, source, 0);
    }
    this.applyLevels();
  }

  /** Stops and forgets both tracks. */
  stop(): void {
    this.slots.forEach((slot) => this.clear(slot));
    this.events.playing(false);
    this.events.time(0, 0);
  }

  play(): void {
    const element = this.current.element;
    if (!this.current.source) {
      return;
    }
    this.wantsToPlay = true;
    element.play().catch((e: Error) => {
      // Browsers refuse to start audio before the user has interacted with the page; that is no error. A source the
      // browser cannot play is handled by the element's error event, which tries the next variant.
      if (!['NotAllowedError', 'AbortError', 'NotSupportedError'].includes(e.name)) {
        this.events.error(this.current.source?.key ?? '', e.message);
      }
      this.events.playing(false);
    });
  }

  pause(): void {
    this.wantsToPlay = false;
    this.current.element.pause();
  }

  get paused(): boolean {
    return this.current.element.paused;
  }

  get position(): number {
    return this.current.element.currentTime;
  }

  seek(seconds: number): void {
    const element = this.current.element;
    const duration = isFinite(element.duration) ? element.duration : Infinity;
    element.currentTime = Math.max(0, Math.min(seconds, duration));
    this.emitTime();
  }

  /** Level of the current and the next track: volume times their ReplayGain, muted or not. */
  setLevels(current: number, next: number, muted: boolean): void {
    this.level = current;
    this.nextLevel = next;
    this.slots.forEach((slot) => (slot.element.muted = muted));
    this.applyLevels();
  }

  private applyLevels(): void {
    this.current.element.volume = clampLevel(this.level);
    this.standby.element.volume = clampLevel(this.nextLevel);
  }

  private assign(slot: Slot, source: Source, startAt: number): void {
    slot.source = source;
    slot.attempt = 0;
    this.setSource(slot, startAt);
  }

  private setSource(slot: Slot, startAt: number): void {
    const variant = slot.source?.candidates[slot.attempt];
    if (!variant) {
      return;
    }
    slot.element.src = variant.url;
    if (startAt > 0) {
      slot.element.addEventListener('loadedmetadata', () => (slot.element.currentTime = startAt), { once: true });
    }
    slot.element.load();
  }

  private clear(slot: Slot): void {
    slot.source = null;
    slot.element.pause();
    slot.element.removeAttribute('src');
    slot.element.load();
  }

  private onEnded(): void {
    const finished = this.current.source?.key ?? '';
    const next = this.standby;
    if (next.source && next.element.error === null) {
      this.active = 1 - this.active;
      this.play();
      this.events.advanced(next.source.key);
      this.announce(next);
    } else {
      this.wantsToPlay = false;
      this.events.playing(false);
      this.events.ended(finished);
    }
  }

  private onError(slot: Slot): void {
    if (!slot.source || !slot.element.getAttribute('src')) {
      return;
    }
    const resume = this.isActive(slot) && this.wantsToPlay;
    const position = slot.element.currentTime;
    if (slot.attempt + 1 < slot.source.candidates.length) {
      slot.attempt += 1;
      this.setSource(slot, position);
      if (resume) {
        this.play();
      }
    } else if (this.isActive(slot)) {
      this.events.error(slot.source.key, 'This browser cannot play this track in any format the server offers.');
    }
  }

  private emitTime(): void {
    const element = this.current.element;
    this.events.time(element.currentTime, isFinite(element.duration) ? element.duration : 0);
  }
}

function clampLevel(level: number): number {
  return Math.min(Math.max(level, 0), 1);
}
