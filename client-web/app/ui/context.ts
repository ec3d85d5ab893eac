import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from '../lib/api';
import type { Player } from '../player/player';

export interface Session {
  me: Me;
  player: Player;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('No session');
  }
  return session;
}
