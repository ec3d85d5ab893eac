import { groupCredits } from '../app/lib/credits';
import { assertEqual, test } from './harness';

const dvorak = { id: 'c1', name: 'Antonín Dvořák' };
const conductor = { id: 'p1', name: 'Tomáš Hrubý' };
const cellist = { id: 's1', name: 'Elena Varga' };

test('credits are grouped by role in a fixed order, each person once, performing artists left out', () => {
  const tracks = [
    { credits: [{ role: 'ARTIST', artist: conductor }, { role: 'CONDUCTOR', artist: conductor }, { role: 'COMPOSER', artist: dvorak }] },
    { credits: [{ role: 'COMPOSER', artist: dvorak }, { role: 'PERFORMER', instrument: 'cello', artist: cellist }] },
    { credits: [{ role: 'PERFORMER', instrument: 'cello', artist: cellist }, { role: 'PERFORMER', instrument: null, artist: cellist }] },
  ];
  assertEqual(groupCredits(tracks), [
    { role: 'COMPOSER', label: 'Composer', people: [{ id: 'c1', name: 'Antonín Dvořák', instrument: null }] },
    { role: 'CONDUCTOR', label: 'Conductor', people: [{ id: 'p1', name: 'Tomáš Hrubý', instrument: null }] },
    { role: 'PERFORMER', label: 'Performers', people: [
      { id: 's1', name: 'Elena Varga', instrument: 'cello' }, { id: 's1', name: 'Elena Varga', instrument: null }] },
  ]);
  assertEqual(groupCredits([]), []);
});
