/**
 * Administration: accounts, music folders, scans with their progress and problems. Shown to administrators only
 * (the server refuses these calls to anyone else). Scan progress is read from GraphQL once a second while a scan
 * runs; starting scans, accounts and folders go through the administrators' REST endpoints, which GraphQL does not
 * cover yet.
 */
import { useEffect, useState } from 'preact/hooks';
import { graphql, rest } from '../../lib/api';
import { href, type AdminSection } from '../../lib/route';
import { ErrorBox, Loading, PageHeader } from '../common';
import { useSession } from '../context';
import { useQuery } from '../hooks';

export function Admin({ section }: { section: AdminSection }) {
  const { me } = useSession();
  if (!me.admin) {
    return (
      <>
        <PageHeader title="Not allowed" />
        <p>These pages are for administrators.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Administration" />
      <nav class="tabs" aria-label="Administration">
        {([['scan', 'Scan'], ['libraries', 'Libraries'], ['users', 'Users']] as [AdminSection, string][]).map(([key, label]) => (
          <a key={key} href={href({ page: 'admin', section: key })} aria-current={key === section ? 'page' : undefined}>{label}</a>
        ))}
      </nav>
      {section === 'scan' && <Scan />}
      {section === 'libraries' && <Libraries />}
      {section === 'users' && <Users />}
    </>
  );
}

// --- Scans -------------------------------------------------------------------------------------------------------

interface ScanStatus {
  id: string; kind: string; phase: string; running: boolean; filesSeen: number; filesDone: number; added: number;
  updated: number; moved: number; removed: number; problems: number; error: string | null; startedAt: string | null;
  finishedAt: string | null;
}

const SCAN_FIELDS = 'id kind phase running filesSeen filesDone added updated moved removed problems error startedAt finishedAt';
const LATEST = `query LatestScan { scanStatus { ${SCAN_FIELDS} } }`;
const PROBLEMS = `query Problems { scanProblems(first: 200) { path kind message lastSeenAt } }`;
const POLL_MS = 1000;

function Scan() {
  const [status, setStatus] = useState<ScanStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watching, setWatching] = useState(true);
  const problems = useQuery<{ scanProblems: { path: string; kind: string; message: string; lastSeenAt: string }[] }>(PROBLEMS);

  useEffect(() => {
    if (!watching) {
      return;
    }
    let stopped = false;
    const poll = async () => {
      try {
        const data = await graphql<{ scanStatus: ScanStatus | null }>(LATEST);
        if (stopped) {
          return;
        }
        setStatus(data.scanStatus);
        setError(null);
        if (data.scanStatus && !data.scanStatus.finishedAt) {
          timer = window.setTimeout(poll, POLL_MS);
        } else {
          setWatching(false);
          problems.reload();
        }
      } catch (e) {
        setError((e as Error).message);
        setWatching(false);
      }
    };
    let timer = window.setTimeout(poll, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [watching]);

  const start = async (kind: string) => {
    try {
      await rest('POST', `/api/library/scans?kind=${kind}`);
      setWatching(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const percent = status && status.filesSeen > 0 ? Math.round((100 * status.filesDone) / status.filesSeen) : 0;
  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan</h2>
      <div class="play-buttons">
        <button type="button" class="button button-primary" onClick={() => start('quick')}>Quick scan</button>
        <button type="button" class="button" onClick={() => start('full')}>Full scan</button>
        <button type="button" class="button" onClick={() => start('rules')}>Apply tag rules again</button>
      </div>
      {error && <ErrorBox message={error} />}
      {status ? (
        <div class="scan-status" data-scan-id={status.id} data-scan-phase={status.phase} aria-live="polite">
          <p>
            Scan #{status.id} ({status.kind}): <strong class="scan-phase">{status.phase}</strong>
            {status.finishedAt ? ` · finished ${new Date(status.finishedAt).toLocaleString()}` : ''}
          </p>
          <progress max={100} value={status.finishedAt ? 100 : percent} aria-label="Scan progress">{percent} %</progress>
          <p class="scan-counts">
            <span class="scan-files">{status.filesDone} / {status.filesSeen} files</span> · {status.added} added · {status.updated} updated
            · {status.moved} moved · {status.removed} removed · {status.problems} problems
          </p>
          {status.error && <ErrorBox message={status.error} />}
        </div>
      ) : !error && <p class="muted">No scan has run yet.</p>}
      <h3>Problems</h3>
      {problems.error && <ErrorBox message={problems.error} />}
      {problems.data && problems.data.scanProblems.length === 0 && <p class="muted">No problems.</p>}
      {problems.data && problems.data.scanProblems.length > 0 && (
        <table class="data-table problems">
          <thead><tr><th scope="col">File</th><th scope="col">Problem</th><th scope="col">Seen</th></tr></thead>
          <tbody>
            {problems.data.scanProblems.map((p) => (
              <tr key={p.path + p.kind}><td class="path">{p.path}</td><td>{p.message}</td><td>{new Date(p.lastSeenAt).toLocaleDateString()}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

// --- Libraries ---------------------------------------------------------------------------------------------------

interface Folder {
  id: number; path: string; name: string; status: string; fromSettings: boolean;
}

const LIBRARIES = `query Libraries { libraries { id name path status trackCount } }`;

function Libraries() {
  const libraries = useQuery<{ libraries: { id: string; name: string; path: string | null; status: string; trackCount: number }[] }>(LIBRARIES);
  const [folders, setFolders] = useState<Folder[] | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = () => {
    rest<Folder[]>('GET', '/api/library/folders').then(setFolders, (e: Error) => setError(e.message));
    libraries.reload();
  };
  useEffect(reload, []);
  const counts = new Map((libraries.data?.libraries ?? []).map((l) => [l.path, l.trackCount]));
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      await rest('POST', '/api/library/folders', { path });
      setPath('');
      setError(null);
      reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const remove = async (folder: Folder) => {
    if (!confirm(`Remove ${folder.path} and its tracks from the library? The files stay on disk.`)) {
      return;
    }
    try {
      await rest('DELETE', `/api/library/folders/${folder.id}`);
      reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section aria-labelledby="libraries-heading">
      <h2 id="libraries-heading">Libraries</h2>
      {error && <ErrorBox message={error} />}
      {!folders && !error && <Loading />}
      {folders && (
        <table class="data-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Folder</th><th scope="col">Status</th><th scope="col">Tracks</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {folders.map((f) => (
              <tr key={f.id}>
                <td>{f.name}</td><td class="path">{f.path}</td><td>{f.status.toLowerCase()}</td><td>{counts.get(f.path) ?? '–'}</td>
                <td>{f.fromSettings ? <span class="muted">from the settings</span>
                  : <button type="button" class="button button-small" onClick={() => remove(f)}>Remove</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="inline-form" onSubmit={add}>
        <label>Add a music folder <input type="text" required value={path} onInput={(e) => setPath(e.currentTarget.value)}
          placeholder="/srv/music" /></label>
        <button type="submit" class="button">Add and scan</button>
      </form>
    </section>
  );
}

// --- Users -------------------------------------------------------------------------------------------------------

interface User {
  id: number; username: string; role: string; enabled: boolean; createdAt: string;
}

function Users() {
  const { me } = useSession();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ username: '', password: '', role: 'user' });
  const reload = () => rest<User[]>('GET', '/api/users').then(setUsers, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  const act = async (call: Promise<unknown>) => {
    try {
      await call;
      setError(null);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const create = (e: Event) => {
    e.preventDefault();
    void act(rest('POST', '/api/users', draft).then(() => setDraft({ username: '', password: '', role: 'user' })));
  };
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {error && <ErrorBox message={error} />}
      {!users && !error && <Loading />}
      {users && (
        <table class="data-table">
          <thead><tr><th scope="col">User</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>
                  <select aria-label={`Role of ${u.username}`} value={u.role} disabled={u.username === me.username}
                    onChange={(e) => act(rest('PATCH', `/api/users/${u.id}`, { role: e.currentTarget.value }))}>
                    <option value="user">user</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>{u.enabled ? 'enabled' : 'disabled'}</td>
                <td>
                  {u.username !== me.username && (
                    <button type="button" class="button button-small" onClick={() => act(rest('PATCH', `/api/users/${u.id}`, { enabled: !u.enabled }))}>
                      {u.enabled ? 'Disable' : 'Enable'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>New user</h3>
      <form class="inline-form" onSubmit={create}>
        <label>User name <input type="text" required autocomplete="off" value={draft.username}
          onInput={(e) => setDraft({ ...draft, username: e.currentTarget.value })} /></label>
        <label>Password <input type="password" required autocomplete="new-password" value={draft.password}
          onInput={(e) => setDraft({ ...draft, password: e.currentTarget.value })} /></label>
        <label>Role
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}>
            <option value="user">user</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <button type="submit" class="button">Create</button>
      </form>
    </section>
  );
}
