import { href, parseRoute, type Route } from '../app/lib/route';
import { assertEqual, test } from './harness';

test('every page survives href and parseRoute', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'albums', params: { sort: 'YEAR', genre: 'g1', desc: '1' } },
    { page: 'album', id: 'a/b c' },
    { page: 'artists', params: { role: 'COMPOSER' } },
    { page: 'artist', id: '0e9c' },
    { page: 'composers' },
    { page: 'work', id: 'w1' },
    { page: 'genres' },
    { page: 'folders' },
    { page: 'folders', id: 'f1' },
    { page: 'playlists' },
    { page: 'playlist', id: 'p1' },
    { page: 'search', params: { q: 'Dvořák & Co' } },
    { page: 'settings' },
    { page: 'admin', section: 'users' },
  ];
  for (const route of routes) {
    assertEqual(parseRoute(href(route)), route, href(route));
  }
});

test('the empty fragment is home, and an admin page without a section is the scan', () => {
  assertEqual(parseRoute(''), { page: 'home' });
  assertEqual(parseRoute('#'), { page: 'home' });
  assertEqual(parseRoute('#/admin'), { page: 'admin', section: 'scan' });
});

test('unknown or malformed fragments are a not-found page', () => {
  assertEqual(parseRoute('#/nowhere'), { page: 'not-found', path: '/nowhere' });
  assertEqual(parseRoute('#/album'), { page: 'not-found', path: '/album' });
  assertEqual(parseRoute('#/admin/secrets'), { page: 'not-found', path: '/admin/secrets' });
  assertEqual(parseRoute('#/album/%E0%A4%A'), { page: 'album', id: '%E0%A4%A' });
});

test('empty parameters are left out of links', () => {
  assertEqual(href({ page: 'albums', params: { genre: '', sort: 'YEAR' } }), '#/albums?sort=YEAR');
  assertEqual(href({ page: 'albums', params: {} }), '#/albums');
});
