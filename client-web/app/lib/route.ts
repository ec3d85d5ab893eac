/**
 * The player's pages live in the URL's fragment (#/album/<id>), so every page can be bookmarked and reloaded while the
 * server serves only one document.
 */

export type Route =
  | { page: 'home' }
  | { page: 'albums'; params: Record<string, string> }
  | { page: 'album'; id: string }
  | { page: 'artists'; params: Record<string, string> }
  | { page: 'artist'; id: string }
  | { page: 'composers' }
  | { page: 'work'; id: string }
  | { page: 'genres' }
  | { page: 'folders'; id?: string }
  | { page: 'playlists' }
  | { page: 'playlist'; id: string }
  | { page: 'search'; params: Record<string, string> }
  | { page: 'settings' }
  | { page: 'admin'; section: AdminSection }
  | { page: 'not-found'; path: string };

export type AdminSection = 'users' | 'libraries' | 'scan';
const ADMIN_SECTIONS: AdminSection[] = ['users', 'libraries', 'scan'];

const LISTS = ['albums', 'artists', 'search'] as const;
const SIMPLE = ['composers', 'genres', 'playlists', 'settings'] as const;
const BY_ID = ['album', 'artist', 'work', 'playlist'] as const;

/** The page a location fragment names; anything unknown is a not-found page, never an exception. */
export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '').replace(/^\//, '');
  const [pathPart, queryPart = ''] = text.split('?', 2);
  const segments = pathPart.split('/').filter((s) => s !== '').map(safeDecode);
  const params = Object.fromEntries(new URLSearchParams(queryPart));
  const [first, second] = segments;
  if (segments.length === 0 || first === 'home') {
    return { page: 'home' };
  }
  if (segments.length === 1 && (LISTS as readonly string[]).includes(first)) {
    return { page: first as (typeof LISTS)[number], params };
  }
  if (segments.length === 1 && (SIMPLE as readonly string[]).includes(first)) {
    return { page: first as (typeof SIMPLE)[number] };
  }
  if (segments.length === 2 && (BY_ID as readonly string[]).includes(first)) {
    return { page: first as (typeof BY_ID)[number], id: second };
  }
  if (first === 'folders' && segments.length <= 2) {
    return second ? { page: 'folders', id: second } : { page: 'folders' };
  }
  if (first === 'admin' && segments.length <= 2) {
    const section = (second ?? 'scan') as AdminSection;
    if (ADMIN_SECTIONS.includes(section)) {
      return { page: 'admin', section };
    }
  }
  return { page: 'not-found', path: '/' + pathPart };
}

/** The fragment of a page: the inverse of parseRoute. */
export function href(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'albums':
    case 'artists':
    case 'search':
      return `#/${route.page}${query(route.params)}`;
    case 'album':
    case 'artist':
    case 'work':
    case 'playlist':
      return `#/${route.page}/${encodeURIComponent(route.id)}`;
    case 'folders':
      return route.id ? `#/folders/${encodeURIComponent(route.id)}` : '#/folders';
    case 'admin':
      return `#/admin/${route.section}`;
    case 'not-found':
      return '#' + route.path;
    default:
      return `#/${route.page}`;
  }
}

function query(params: Record<string, string>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== '' && v != null);
  return entries.length === 0 ? '' : '?' + new URLSearchParams(entries).toString();
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
