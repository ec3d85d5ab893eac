/** The GraphQL the pages share, and how a track from the API becomes an entry of the queue. */
import type { AudioInfo } from '../lib/format';
import type { QueueTrack, ReplayGainTags } from '../lib/queue';

export interface Named {
  id: string;
  name: string;
}

export interface Image {
  size: number | null;
  url: string;
}

export interface AlbumCard {
  id: string;
  title: string;
  artistName: string;
  year: number | null;
  coverArt: Image[] | null;
}

export interface TrackRow {
  id: string;
  title: string | null;
  durationSeconds: number | null;
  trackNumber: number | null;
  discNumber: number | null;
  movementNumber?: number | null;
  movementName?: string | null;
  artists: Named[];
  album: { id: string; title: string; artistName: string } | null;
  audio: AudioInfo;
  replayGain: ReplayGainTags | null;
  userData: { starred: boolean };
  coverArt: Image[] | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount?: number;
}

export const ALBUM_CARD = `fragment AlbumCard on Album { id title artistName year coverArt { size url } }`;

export const TRACK_ROW = `fragment TrackRow on Track { id title durationSeconds trackNumber discNumber
  artists { id name } album { id title artistName }
  audio { format codec sampleRate bitDepth dsdRate bitrateKbps lossless channels }
  replayGain { trackGain trackPeak albumGain albumPeak } userData { starred } coverArt { size url } }`;

export const PAGE_INFO = 'pageInfo { endCursor hasNextPage }';

/** The image closest to {@code size} pixels, not smaller when a larger one exists. */
export function imageUrl(images: Image[] | null | undefined, size: number): string | null {
  if (!images || images.length === 0) {
    return null;
  }
  const sized = images.filter((i) => i.size != null).sort((a, b) => a.size! - b.size!);
  return (sized.find((i) => i.size! >= size) ?? sized[sized.length - 1] ?? images[0]).url;
}

/** srcset for the sized images, so the browser picks by its screen's density. */
export function imageSrcSet(images: Image[] | null | undefined): string | undefined {
  const sized = (images ?? []).filter((i) => i.size != null);
  return sized.length === 0 ? undefined : sized.map((i) => `${i.url} ${i.size}w`).join(', ');
}

export function toQueueTrack(track: TrackRow): QueueTrack {
  return {
    id: track.id,
    title: track.title ?? 'Untitled',
    artist: track.artists.map((a) => a.name).join(', ') || track.album?.artistName || '',
    albumId: track.album?.id ?? null,
    albumTitle: track.album?.title ?? null,
    durationSeconds: track.durationSeconds,
    audio: track.audio,
    replayGain: track.replayGain,
    cover: imageUrl(track.coverArt, 300),
  };
}
