/** The application: the login when there is no session; otherwise navigation, the current page and the player. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LOGGED_OUT, me as fetchMe, type Me } from '../lib/api';
import { keyAction } from '../lib/keys';
import { href, type Route } from '../lib/route';
import { Player } from '../player/player';
import { ErrorBox, Loading, PageHeader } from './common';
import { SessionContext } from './context';
import { useRoute } from './hooks';
import { Icon } from './icons';
import { Login } from './Login';
import { PlayerBar } from './PlayerBar';
import { QueuePanel } from './QueuePanel';
import { SignalPathPanel } from './SignalPathPanel';
import { Admin } from './pages/Admin';
import { Album } from './pages/Album';
import { Albums } from './pages/Albums';
import { Artist } from './pages/Artist';
import { Artists } from './pages/Artists';
import { Folders } from './pages/Folders';
import { Genres } from './pages/Genres';
import { Home } from './pages/Home';
import { Playlist, Playlists } from './pages/Playlists';
import { Search } from './pages/Search';
import { Settings } from './pages/Settings';
import { Work } from './pages/Work';

type Auth = { state: 'checking' } | { state: 'out' } | { state: 'in'; me: Me } | { state: 'failed'; message: string };

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });
  const check = () => fetchMe().then((me) => setAuth(me ? { state: 'in', me } : { state: 'out' }),
    (e: Error) => setAuth({ state: 'failed', message: e.message }));
  useEffect(() => {
    void check();
    const out = () => setAuth({ state: 'out' });
    window.addEventListener(LOGGED_OUT, out);
    return () => window.removeEventListener(LOGGED_OUT, out);
  }, []);
  switch (auth.state) {
    case 'checking':
      return <Loading label="Starting…" />;
    case 'failed':
      return <main class="login"><ErrorBox message={`The server cannot be reached: ${auth.message}`} /></main>;
    case 'out':
      return <Login onLoggedIn={check} />;
    default:
      return <Shell me={auth.me} />;
  }
}

type Panel = 'queue' | 'signal' | null;

function Shell({ me }: { me: Me }) {
  const player = useMemo(() => new Player(localStorage), []);
  const route = useRoute();
  const [panel, setPanel] = useState<Panel>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = (p: Panel) => setPanel((open) => (open === p ? null : p));

  useEffect(() => setMenuOpen(false), [route]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const editing = target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)
        && !(target instanceof HTMLInputElement && target.type === 'range');
      const action = keyAction({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, shiftKey: e.shiftKey, editing });
      // Buttons take Space themselves; the shortcut must not press the focused button too.
      if (!action || (action === 'toggle' && e.key === ' ' && target.tagName === 'BUTTON')) {
        return;
      }
      e.preventDefault();
      const s = player.state;
      switch (action) {
        case 'toggle': player.toggle(); break;
        case 'next': player.next(); break;
        case 'previous': player.previous(); break;
        case 'seekForward': player.skip(10); break;
        case 'seekBackward': player.skip(-10); break;
        case 'volumeUp': player.setVolume(s.volume + 0.05); break;
        case 'volumeDown': player.setVolume(s.volume - 0.05); break;
        case 'mute': player.toggleMute(); break;
        case 'search': location.hash = href({ page: 'search', params: {} }); break;
        case 'queue': toggle('queue'); break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);

  return (
    <SessionContext.Provider value={{ me, player }}>
      <a class="skip-link" href="#main">Skip to content</a>
      <div class={`shell${panel ? ' with-panel' : ''}`}>
        <header class="top-bar">
          <button type="button" class="icon-button menu-button" aria-label="Menu" aria-expanded={menuOpen} aria-controls="nav"
            onClick={() => setMenuOpen(!menuOpen)}>
            <Icon name="menu" />
          </button>
          <a class="brand" href="#/"><span class="logo" aria-hidden="true">◉</span> Fidelio</a>
        </header>
        <Nav me={me} route={route} open={menuOpen} />
        <main id="main" class="content" tabIndex={-1}>
          <Page route={route} />
        </main>
        {panel === 'queue' && <QueuePanel onClose={() => setPanel(null)} />}
        {panel === 'signal' && <SignalPathPanel onClose={() => setPanel(null)} />}
        <PlayerBar onQueue={() => toggle('queue')} onSignal={() => toggle('signal')} queueOpen={panel === 'queue'} signalOpen={panel === 'signal'} />
      </div>
    </SessionContext.Provider>
  );
}

function Nav({ me, route, open }: { me: Me; route: Route; open: boolean }) {
  const links: [Route, string, Route['page'][]][] = [
    [{ page: 'home' }, 'Home', ['home']],
    [{ page: 'search', params: {} }, 'Search', ['search']],
    [{ page: 'albums', params: {} }, 'Albums', ['albums', 'album']],
    [{ page: 'artists', params: {} }, 'Artists', ['artists', 'artist']],
    [{ page: 'composers' }, 'Composers', ['composers', 'work']],
    [{ page: 'genres' }, 'Genres', ['genres']],
    [{ page: 'folders' }, 'Folders', ['folders']],
    [{ page: 'playlists' }, 'Playlists', ['playlists', 'playlist']],
    [{ page: 'settings' }, 'Settings', ['settings']],
  ];
  if (me.admin) {
    links.push([{ page: 'admin', section: 'scan' }, 'Administration', ['admin']]);
  }
  return (
    <nav id="nav" class={`nav${open ? ' open' : ''}`} aria-label="Library">
      <a class="brand" href="#/"><span class="logo" aria-hidden="true">◉</span> Fidelio</a>
      <ul>
        {links.map(([target, label, pages]) => (
          <li key={label}>
            <a href={href(target)} aria-current={pages.includes(route.page) ? 'page' : undefined}>{label}</a>
          </li>
        ))}
      </ul>
      <p class="muted small nav-user">{me.username}</p>
    </nav>
  );
}

function Page({ route }: { route: Route }) {
  // A new page takes the focus (for screen readers and keyboards); a page changing its own parameters keeps it.
  const pageKey = route.page + ('id' in route ? `/${route.id}` : '');
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pageKey]);
  switch (route.page) {
    case 'home': return <Home />;
    case 'albums': return <Albums params={route.params} />;
    case 'album': return <Album id={route.id} />;
    case 'artists': return <Artists params={route.params} />;
    case 'artist': return <Artist id={route.id} />;
    case 'composers': return <Artists params={{}} composers />;
    case 'work': return <Work id={route.id} />;
    case 'genres': return <Genres />;
    case 'folders': return <Folders id={route.id} />;
    case 'playlists': return <Playlists />;
    case 'playlist': return <Playlist id={route.id} />;
    case 'search': return <Search params={route.params} />;
    case 'settings': return <Settings />;
    case 'admin': return <Admin section={route.section} />;
    default: return <><PageHeader title="Not found" /><p>There is no page at {route.path}.</p></>;
  }
}
