/**
 * The server's API as the player uses it: GraphQL for everything, and the login endpoint for the session cookie.
 * The cookie travels with every request; a 401 means the session ended, and the app shows the login.
 */

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export const LOGGED_OUT = 'fidelio:logged-out';

function loggedOut(): void {
  window.dispatchEvent(new Event(LOGGED_OUT));
}

async function errorOf(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    message = body.message ?? body.error ?? message;
  } catch {
    // Not JSON: the status says enough.
  }
  return new ApiError(message, response.status);
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  if (response.status === 401) {
    loggedOut();
    throw new ApiError('Your session has ended; log in again.', 401);
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e: { message: string }) => e.message).join('; '), 200);
  }
  return body.data as T;
}

export interface Me {
  id: string;
  username: string;
  admin: boolean;
}

export async function login(username: string, password: string): Promise<void> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status === 401) {
    throw new ApiError('Wrong user name or password.', 401);
  }
  if (response.status === 429) {
    throw new ApiError('Too many failed logins; wait a few minutes and try again.', 429);
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
}

export async function logout(): Promise<void> {
  await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
}

/** The logged-in account, or null when there is no session. */
export async function me(): Promise<Me | null> {
  try {
    return (await graphql<{ me: Me }>('{ me { id username admin } }')).me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      return null;
    }
    throw e;
  }
}
