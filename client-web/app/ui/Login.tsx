import { useState } from 'preact/hooks';
import { login } from '../lib/api';

export function Login({ onLoggedIn }: { onLoggedIn: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
      onLoggedIn();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <form class="login-form" onSubmit={submit} aria-labelledby="login-heading">
        <h1 id="login-heading"><span class="logo" aria-hidden="true">◉</span> Fidelio</h1>
        <label>User name
          <input name="username" type="text" autocomplete="username" required autoFocus value={username}
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label>Password
          <input name="password" type="password" autocomplete="current-password" required value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="button button-primary" disabled={busy}>{busy ? 'Logging in…' : 'Log in'}</button>
        <p class="muted small">The first start of the server prints the password of the account <code>admin</code>.</p>
      </form>
    </main>
  );
}
