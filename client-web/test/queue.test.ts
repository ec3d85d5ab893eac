import * as Q from '../app/lib/queue';
import { assert, assertEqual, test } from './harness';

const track = (id: string, seconds = 100): Q.QueueTrack => ({ id, title: `Track ${id}`, artist: 'A', durationSeconds: seconds });
const ids = (queue: Q.Queue) => queue.entries.map((e) => e.track.id);
const currentId = (queue: Q.Queue) => Q.current(queue)?.track.id ?? null;

test('adding to an empty queue makes the first track current, whatever the mode', () => {
  for (const mode of ['now', 'next', 'end'] as const) {
    const queue = Q.add(Q.EMPTY, [track('a'), track('b')], mode);
    assertEqual(ids(queue), ['a', 'b'], mode);
    assertEqual(queue.index, 0, mode);
  }
});

test('now plays at once after the current entry, next waits there, end appends', () => {
  const base = Q.jump(Q.replace([track('a'), track('b'), track('c')]), 1);
  const now = Q.add(base, [track('x'), track('y')], 'now');
  assertEqual(ids(now), ['a', 'b', 'x', 'y', 'c']);
  assertEqual(currentId(now), 'x');
  const next = Q.add(base, [track('x')], 'next');
  assertEqual(ids(next), ['a', 'b', 'x', 'c']);
  assertEqual(currentId(next), 'b');
  const end = Q.add(base, [track('x')], 'end');
  assertEqual(ids(end), ['a', 'b', 'c', 'x']);
  assertEqual(currentId(end), 'b');
  assertEqual(Q.add(base, [], 'now'), base);
});

test('the same track queued twice gets two entries with their own keys', () => {
  const queue = Q.add(Q.replace([track('a')]), [track('a')], 'end');
  assertEqual(ids(queue), ['a', 'a']);
  assert(queue.entries[0].key !== queue.entries[1].key, 'keys differ');
});

test('moving entries keeps the current entry current', () => {
  const base = Q.jump(Q.replace([track('a'), track('b'), track('c'), track('d')]), 1);
  const moved = Q.move(base, 1, 3);
  assertEqual(ids(moved), ['a', 'c', 'd', 'b']);
  assertEqual(currentId(moved), 'b');
  const before = Q.move(base, 3, 0);
  assertEqual(ids(before), ['d', 'a', 'b', 'c']);
  assertEqual(currentId(before), 'b');
  assertEqual(Q.move(base, 0, 9), base, 'out of range');
  assertEqual(Q.move(base, -1, 0), base, 'negative');
});

test('removing before, at and after the current entry', () => {
  const base = Q.jump(Q.replace([track('a'), track('b'), track('c')]), 1);
  assertEqual(currentId(Q.remove(base, 0)), 'b');
  assertEqual(Q.remove(base, 0).index, 0);
  assertEqual(currentId(Q.remove(base, 1)), 'c');
  assertEqual(currentId(Q.remove(base, 2)), 'b');
  const atEnd = Q.jump(base, 2);
  assertEqual(currentId(Q.remove(atEnd, 2)), 'b', 'removing the last current entry goes back one');
  assertEqual(Q.remove(Q.replace([track('a')]), 0), Q.EMPTY);
  assertEqual(Q.remove(base, 5), base);
});

test('next, previous and upcoming walk the queue and stop at its ends', () => {
  const queue = Q.replace([track('a'), track('b')]);
  assertEqual(Q.upcoming(queue)?.track.id, 'b');
  const second = Q.next(queue)!;
  assertEqual(currentId(second), 'b');
  assertEqual(Q.next(second), null);
  assertEqual(Q.upcoming(second), null);
  assertEqual(currentId(Q.previous(second)!), 'a');
  assertEqual(Q.previous(queue), null);
  assertEqual(Q.current(Q.EMPTY), null);
});

test('an entry is found again by its key', () => {
  const queue = Q.replace([track('a'), track('b'), track('c')]);
  assertEqual(currentId(Q.toKey(queue, queue.entries[2].key)!), 'c');
  assertEqual(Q.toKey(queue, 'gone'), null);
});

test('replace starts where asked, within the queue', () => {
  assertEqual(Q.replace([track('a'), track('b')], 1).index, 1);
  assertEqual(Q.replace([track('a'), track('b')], 7).index, 1);
  assertEqual(Q.replace([]), Q.EMPTY);
  assertEqual(Q.clear(), Q.EMPTY);
});

test('the time left counts from the current entry', () => {
  const queue = Q.jump(Q.replace([track('a', 10), track('b', 20), { ...track('c'), durationSeconds: null }]), 1);
  assertEqual(Q.remainingSeconds(queue), 20);
  assertEqual(Q.remainingSeconds(Q.EMPTY), 0);
});
