/** Small pieces the pages share. */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../lib/api';
import { formatBadge, isHighResolution, type AudioInfo } from '../lib/format';
import { href } from '../lib/route';
import { Icon } from './icons';
import { imageSrcSet, imageUrl, type Image, type Named } from './data';

export function Cover({ images, size, alt }: { images: Image[] | null | undefined; size: number; alt: string }) {
  const [failed, setFailed] = useState(false);
  const url = imageUrl(images, size);
  if (!url || failed) {
    return <div class="cover cover-none" role="img" aria-label={alt}><span aria-hidden="true">♪</span></div>;
  }
  return (
    <img class="cover" src={url} srcSet={imageSrcSet(images)} sizes={`${size}px`} alt={alt} loading="lazy" decoding="async"
      width={size} height={size} onError={() => setFailed(true)} />
  );
}

export function FormatBadge({ audio }: { audio: AudioInfo | null | undefined }) {
  if (!audio) {
    return null;
  }
  return <span class={`badge${isHighResolution(audio) ? ' badge-hires' : ''}${audio.lossless ? '' : ' badge-lossy'}`}>{formatBadge(audio)}</span>;
}

export function ArtistLinks({ artists }: { artists: Named[] }) {
  return (
    <>
      {artists.map((a, i) => (
        <Fragment key={a.id}>
          {i > 0 && ', '}
          <a href={href({ page: 'artist', id: a.id })}>{a.name}</a>
        </Fragment>
      ))}
    </>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <p class="muted" role="status">{label}</p>;
}

export function ErrorBox({ message }: { message: string }) {
  return <p class="error" role="alert">{message}</p>;
}

export function PageHeader({ title, children }: { title: string; children?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Fidelio`;
  }, [title]);
  return (
    <header class="page-header">
      <h1>{title}</h1>
      {children}
    </header>
  );
}

/** Loads the next page when it scrolls into view; the button does the same for keyboards and screen readers. */
export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !hasMore) {
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: '600px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, onMore]);
  if (!hasMore) {
    return null;
  }
  return (
    <div ref={ref} class="load-more">
      <button type="button" class="button" onClick={onMore} disabled={loading}>{loading ? 'Loading…' : 'Show more'}</button>
    </div>
  );
}

/** Stars or unstars an artist, album, track or work. */
export function StarButton({ id, starred, label }: { id: string; starred: boolean; label: string }) {
  const [on, setOn] = useState(starred);
  const [busy, setBusy] = useState(false);
  useEffect(() => setOn(starred), [starred]);
  const toggle = async () => {
    setBusy(true);
    try {
      const mutation = on ? 'mutation Unstar($id: ID!) { unstar(id: $id) { starred } }' : 'mutation Star($id: ID!) { star(id: $id) { starred } }';
      const data = await graphql<{ star?: { starred: boolean }; unstar?: { starred: boolean } }>(mutation, { id });
      setOn((data.star ?? data.unstar)!.starred);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class={`icon-button${on ? ' on' : ''}`} aria-pressed={on} aria-label={`${on ? 'Unstar' : 'Star'} ${label}`}
      title={on ? 'Starred' : 'Star'} disabled={busy} onClick={toggle}>
      <Icon name={on ? 'star' : 'starOutline'} size={20} />
    </button>
  );
}

export function AlbumGrid({ albums }: { albums: { id: string; title: string; artistName: string; year: number | null; coverArt: Image[] | null }[] }) {
  return (
    <ul class="album-grid">
      {albums.map((album) => (
        <li key={album.id} class="album-card">
          <a href={href({ page: 'album', id: album.id })}>
            <Cover images={album.coverArt} size={300} alt="" />
            <span class="album-card-title">{album.title}</span>
          </a>
          <span class="album-card-artist muted">{album.artistName}{album.year ? ` · ${album.year}` : ''}</span>
        </li>
      ))}
    </ul>
  );
}
