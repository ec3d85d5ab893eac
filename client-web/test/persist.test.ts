import { DEFAULTS, load, save, STORAGE_KEY, type KeyValueStore } from '../app/lib/persist';
import { replace } from '../app/lib/queue';
import { assertEqual, test } from './harness';

function memory(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

test('the queue, its place and the settings come back as saved', () => {
  const store = memory();
  const queue = replace([{ id: 't1', title: 'One', artist: 'A' }, { id: 't2', title: 'Two', artist: 'A' }], 1);
  const state = { queue, position: 12.5, volume: 0.4, muted: true, replayGain: 'album' as const, quality: 'cd' as const };
  save(store, state);
  assertEqual(load(store), state);
});

test('nothing saved, or anything unreadable, gives the defaults', () => {
  assertEqual(load(memory()), DEFAULTS);
  assertEqual(load(memory({ [STORAGE_KEY]: '{not json' })), DEFAULTS);
  assertEqual(load(memory({ [STORAGE_KEY]: '42' })), DEFAULTS);
});

test('invalid parts are dropped or brought into range, the rest kept', () => {
  const saved = {
    queue: { entries: [{ key: 'k1', track: { id: 't1', title: 'One', artist: 'A' } }, { key: 5 }, null, { key: 'k3', track: { title: 'x' } }], index: 9 },
    position: -4, volume: 7, muted: 'yes', replayGain: 'loud', quality: 'best',
  };
  const loaded = load(memory({ [STORAGE_KEY]: JSON.stringify(saved) }));
  assertEqual(loaded.queue.entries.map((e) => e.key), ['k1']);
  assertEqual(loaded.queue.index, 0);
  assertEqual([loaded.position, loaded.volume, loaded.muted, loaded.replayGain, loaded.quality], [0, 1, false, 'off', 'original']);
});

test('a storage that refuses writes does not break the player', () => {
  const refusing: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  save(refusing, DEFAULTS);
});
