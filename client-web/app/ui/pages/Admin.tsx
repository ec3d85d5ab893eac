/**
 * Administration: accounts, music folders, scans with their live progress and problems, all through GraphQL.
 * Shown to administrators only (the server refuses these calls to anyone else).
 */
import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../lib/api';
import { subscribe } from '../../lib/subscribe';
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
  id: string; kind: string; phase: string; running: boolean; folder: string | null; filesSeen: number; filesDone: number;
  filesPerSecond: number; added: number; updated: number; moved: number; removed: number; problems: number; error: string | null;
  startedAt: string | null; finishedAt: string | null;
}

interface Problem {
  path: string; kind: string; message: string; lastSeenAt: string;
}

const SCAN_FIELDS = `id kind phase running folder filesSeen filesDone filesPerSecond added updated moved removed problems error
  startedAt finishedAt`;
const LATEST = `query LatestScan { scanStatus { ${SCAN_FIELDS} } scanProblems(first: 200) { path kind message lastSeenAt } }`;
const PROGRESS = `subscription ScanProgress { scanProgress { ${SCAN_FIELDS} } }`;
const PROBLEMS_FOUND = `subscription ProblemsFound { scanProblems { path kind message lastSeenAt } }`;
const START = `mutation StartScan($kind: ScanKind) { startScan(kind: $kind) { ${SCAN_FIELDS} } }`;

/** The latest scan as it goes (pushed by the server while the page is open), its buttons, and the problems found. */
function Scan() {
  const latest = useQuery<{ scanStatus: ScanStatus | null; scanProblems: Problem[] }>(LATEST);
  const [status, setStatus] = useState<ScanStatus | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (latest.data) {
      setStatus((s) => s ?? latest.data!.scanStatus);
      setProblems(latest.data.scanProblems);
    }
  }, [latest.data]);

  useEffect(() => {
    const progress = subscribe<{ scanProgress: ScanStatus }>(PROGRESS, {}, {
      next: (data) => setStatus((old) => (old && Number(old.id) > Number(data.scanProgress.id) && old.running ? old : data.scanProgress)),
      error: setError,
    });
    const found = subscribe<{ scanProblems: Problem }>(PROBLEMS_FOUND, {}, {
      next: (data) => setProblems((old) => [...old.filter((p) => p.path !== data.scanProblems.path), data.scanProblems]),
      error: setError,
    });
    return () => {
      progress.close();
      found.close();
    };
  }, []);

  const start = async (kind: string) => {
    try {
      const data = await graphql<{ startScan: ScanStatus }>(START, { kind });
      setStatus(data.startScan);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const percent = status && status.filesSeen > 0 ? Math.round((100 * status.filesDone) / status.filesSeen) : 0;
  const ended = !!status?.finishedAt;
  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan</h2>
      <div class="play-buttons">
        <button type="button" class="button button-primary" onClick={() => start('QUICK')}>Quick scan</button>
        <button type="button" class="button" onClick={() => start('FULL')}>Full scan</button>
        <button type="button" class="button" onClick={() => start('RULES')}>Apply tag rules again</button>
      </div>
      {error && <ErrorBox message={error} />}
      {latest.loading && !status && <Loading />}
      {status ? (
        <div class="scan-status" data-scan-id={status.id} data-scan-phase={status.phase} aria-live="polite">
          <p>
            Scan #{status.id} ({status.kind}): <strong class="scan-phase">{status.phase}</strong>
            {status.folder ? ` · ${status.folder}` : ''}
            {ended ? ` · ended ${new Date(status.finishedAt!).toLocaleString()}` : ''}
          </p>
          <progress max={100} value={ended ? 100 : percent} aria-label="Scan progress">{percent} %</progress>
          <p class="scan-counts">
            <span class="scan-files">{status.filesDone} / {status.filesSeen} files</span>
            {status.running && status.filesPerSecond > 0 ? ` (${Math.round(status.filesPerSecond)} a second)` : ''}
            {' '}· {status.added} added · {status.updated} updated · {status.moved} moved · {status.removed} removed · {status.problems} problems
          </p>
          {status.error && <ErrorBox message={status.error} />}
        </div>
      ) : !latest.loading && !error && <p class="muted">No scan has run yet.</p>}
      <h3>Problems</h3>
      {latest.error && <ErrorBox message={latest.error} />}
      {latest.data && problems.length === 0 && <p class="muted">No problems.</p>}
      {problems.length > 0 && (
        <table class="data-table problems">
          <thead><tr><th scope="col">File</th><th scope="col">Problem</th><th scope="col">Seen</th></tr></thead>
          <tbody>
            {problems.map((p) => (
              <tr key={p.path + p.kind}><td class="path">{p.path}</td><td>{p.message}</td><td>{new Date(p.lastSeenAt).toLocaleDateString()}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

// --- Libraries ---------------------------------------------------------------------------------------------------

interface Library {
  id: string; name: string; path: string | null; status: string; trackCount: number;
}

const LIBRARIES = `query Libraries { libraries { id name path status trackCount } }`;

function Libraries() {
  const libraries = useQuery<{ libraries: Library[] }>(LIBRARIES);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const act = async (mutation: string, variables: Record<string, unknown>) => {
    try {
      await graphql(mutation, variables);
      setError(null);
      libraries.reload();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const add = async (e: Event) => {
    e.preventDefault();
    if (await act('mutation Add($path: String!) { addLibrary(path: $path) { id } }', { path })) {
      setPath('');
    }
  };
  const remove = (library: Library) => {
    if (confirm(`Remove ${library.path ?? library.name} and its tracks from the library? The files stay on disk.`)) {
      void act('mutation Remove($id: ID!) { removeLibrary(id: $id) }', { id: library.id });
    }
  };
  return (
    <section aria-labelledby="libraries-heading">
      <h2 id="libraries-heading">Libraries</h2>
      {(error || libraries.error) && <ErrorBox message={(error ?? libraries.error)!} />}
      {libraries.loading && !libraries.data && <Loading />}
      {libraries.data && (
        <table class="data-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Folder</th><th scope="col">Status</th><th scope="col">Tracks</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {libraries.data.libraries.map((l) => (
              <tr key={l.id}>
                <td>{l.name}</td><td class="path">{l.path}</td><td>{l.status}</td><td>{l.trackCount}</td>
                <td><button type="button" class="button button-small" onClick={() => remove(l)} aria-label={`Remove ${l.name}`}>Remove</button></td>
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
  id: string; username: string; role: string; enabled: boolean; createdAt: string | null;
}

const USERS = `query Users { users { id username role enabled createdAt } }`;
const UPDATE_USER = `mutation Update($id: ID!, $enabled: Boolean, $role: String) { updateUser(id: $id, enabled: $enabled, role: $role) { id } }`;
const CREATE_USER = `mutation Create($username: String!, $password: String!, $role: String) {
  createUser(username: $username, password: $password, role: $role) { id } }`;

function Users() {
  const { me } = useSession();
  const users = useQuery<{ users: User[] }>(USERS);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ username: '', password: '', role: 'user' });
  const act = async (mutation: string, variables: Record<string, unknown>) => {
    try {
      await graphql(mutation, variables);
      setError(null);
      users.reload();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const create = async (e: Event) => {
    e.preventDefault();
    if (await act(CREATE_USER, draft)) {
      setDraft({ username: '', password: '', role: 'user' });
    }
  };
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {(error || users.error) && <ErrorBox message={(error ?? users.error)!} />}
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <table class="data-table">
          <thead><tr><th scope="col">User</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>
                  <select aria-label={`Role of ${u.username}`} value={u.role} disabled={u.id === me.id}
                    onChange={(e) => act(UPDATE_USER, { id: u.id, role: e.currentTarget.value })}>
                    <option value="user">user</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>{u.enabled ? 'enabled' : 'disabled'}</td>
                <td>
                  {u.id !== me.id && (
                    <button type="button" class="button button-small" onClick={() => act(UPDATE_USER, { id: u.id, enabled: !u.enabled })}>
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
