/** The operating system's media controls (media keys, lock screen, notification) through the Media Session API. */
import type { QueueTrack } from '../lib/queue';

interface Controls {
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
  seek(seconds: number): void;
  skip(seconds: number): void;
}

export class MediaControls {
  private readonly session: MediaSession | null =
    typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;

  constructor(controls: Controls) {
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => controls.play()],
      ['pause', () => controls.pause()],
      ['nexttrack', () => controls.next()],
      ['previoustrack', () => controls.previous()],
      ['seekto', (d) => d.seekTime != null && controls.seek(d.seekTime)],
      ['seekforward', (d) => controls.skip(d.seekOffset ?? 10)],
      ['seekbackward', (d) => controls.skip(-(d.seekOffset ?? 10))],
    ];
    for (const [action, handler] of handlers) {
      try {
        this.session?.setActionHandler(action, handler);
      } catch {
        // This browser does not offer that action.
      }
    }
  }

  show(track: QueueTrack): void {
    if (!this.session || typeof MediaMetadata === 'undefined') {
      return;
    }
    this.session.metadata = new MediaMetadata({
      title: track.title,
      artist: track.artist,
      album: track.albumTitle ?? '',
      artwork: track.cover ? [{ src: track.cover, sizes: '300x300' }] : [],
    });
  }

  position(position: number, duration: number): void {
    if (this.session?.setPositionState && duration > 0 && position <= duration) {
      try {
        this.session.setPositionState({ duration, position, playbackRate: 1 });
      } catch {
        // A position the browser will not take (rounding at the very end) is skipped.
      }
    }
  }

  clear(): void {
    if (this.session) {
      this.session.metadata = null;
    }
  }
}
