/** Hooks the pages share: GraphQL queries, paged listings, the player's state and the current route. */
import { useEffect, useState, useCallback, useRef } from 'preact/hooks';
import { graphql } from '../lib/api';
import { parseRoute, type Route } from '../lib/route';
import type { Player, PlayerState } from '../player/player';
import type { Connection } from './data';

export interface QueryResult<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when it or its variables change; an older answer arriving late is dropped. */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}): QueryResult<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    graphql<T>(query, JSON.parse(key), controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((e: Error) => {
        if (!controller.signal.aborted) {
          setState({ data: null, error: e.message, loading: false });
        }
      });
    return () => controller.abort();
  }, [query, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

export interface Paged<T> {
  items: T[];
  total: number | null;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * A listing read page by page (the API pages by cursor). {@code pick} finds the connection in the answer. Changing
 * the variables starts over.
 */
export function usePaged<T>(query: string, variables: Record<string, unknown>, pick: (data: any) => Connection<T>, pageSize = 60): Paged<T> {
  const key = JSON.stringify(variables);
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const generation = useRef(0);
  const pickRef = useRef(pick);
  pickRef.current = pick;

  const fetchPage = useCallback((after: string | null, gen: number) => {
    setLoading(true);
    graphql<any>(query, { ...JSON.parse(key), first: pageSize, after })
      .then((data) => {
        if (gen !== generation.current) {
          return;
        }
        const connection = pickRef.current(data);
        setItems((old) => (after === null ? connection.nodes : [...old, ...connection.nodes]));
        setCursor(connection.pageInfo.endCursor);
        setHasMore(connection.pageInfo.hasNextPage);
        if (connection.totalCount != null) {
          setTotal(Number(connection.totalCount));
        }
        setLoading(false);
      })
      .catch((e: Error) => {
        if (gen === generation.current) {
          setError(e.message);
          setLoading(false);
          setHasMore(false);
        }
      });
  }, [query, key, pageSize]);

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    setCursor(null);
    setHasMore(true);
    setError(null);
    setTotal(null);
    fetchPage(null, generation.current);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (!loading && hasMore) {
      fetchPage(cursor, generation.current);
    }
  }, [loading, hasMore, cursor, fetchPage]);

  return { items, total, loading, error, hasMore, loadMore };
}

export function usePlayerState(player: Player): PlayerState {
  const [state, setState] = useState(player.state);
  useEffect(() => {
    setState(player.state);
    return player.subscribe(() => setState(player.state));
  }, [player]);
  return state;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The id of the track the player is on; re-renders only when that changes, not with every tick of the clock. */
export function useCurrentTrackId(player: Player): string | null {
  const pick = () => player.state.queue.entries[player.state.queue.index]?.track.id ?? null;
  const [id, setId] = useState(pick);
  useEffect(() => player.subscribe(() => setId(pick())), [player]);
  return id;
}
