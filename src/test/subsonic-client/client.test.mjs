// Fidelio's Subsonic API seen through subsonic-api, a third-party client library: what an app built on it gets.
// Started by SubsonicClientLibraryTest against a running server, which it names in the environment.
import { webcrypto as crypto } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SubsonicAPI } from 'subsonic-api';

const url = process.env.FIDELIO_URL;
const username = process.env.FIDELIO_USERNAME;
const password = process.env.FIDELIO_PASSWORD;
const apiKey = process.env.FIDELIO_API_KEY;
const musicFolder = process.env.FIDELIO_MUSIC_FOLDER;

// Node 18 has no global WebCrypto, which the library needs for its salts; it takes one given.
// It logs in with a salted token (md5(password + salt)), a fresh salt every call.
const withToken = new SubsonicAPI({ url, auth: { username, password }, crypto });
// OpenSubsonic formPost: every parameter, credentials included, in a form body.
const withFormPost = new SubsonicAPI({ url, auth: { username, password }, post: true, crypto });
// OpenSubsonic apiKeyAuthentication.
const withApiKey = new SubsonicAPI({ url, auth: { apiKey }, crypto });

function assertOpenSubsonicOk(response) {
  assert.equal(response.status, 'ok', JSON.stringify(response));
  assert.equal(response.version, '1.16.1');
  assert.equal(response.type, 'fidelio');
  assert.equal(response.openSubsonic, true);
  assert.equal(typeof response.serverVersion, 'string');
}

test('ping with a salted token, a form post and an API key', async () => {
  for (const api of [withToken, withFormPost, withApiKey]) {
    assertOpenSubsonicOk(await api.ping());
  }
});

test('getLicense says the license is valid', async () => {
  const response = await withToken.getLicense();
  assertOpenSubsonicOk(response);
  assert.equal(response.license.valid, true);
});

test('getMusicFolders lists the sample library', async () => {
  const response = await withFormPost.getMusicFolders();
  assertOpenSubsonicOk(response);
  const names = response.musicFolders.musicFolder.map((folder) => folder.name);
  assert.ok(names.includes(musicFolder), `${musicFolder} in ${names}`);
  for (const folder of response.musicFolders.musicFolder) {
    assert.equal(typeof folder.id, 'number');
  }
});

test('getOpenSubsonicExtensions announces formPost and apiKeyAuthentication', async () => {
  const response = await withApiKey.getOpenSubsonicExtensions();
  assertOpenSubsonicOk(response);
  const names = response.openSubsonicExtensions.map((extension) => extension.name);
  assert.ok(names.includes('formPost'), names.join());
  assert.ok(names.includes('apiKeyAuthentication'), names.join());
});

test('a wrong password is refused with error 40', async () => {
  const wrong = new SubsonicAPI({ url, auth: { username, password: `${password}-wrong` }, crypto });
  const response = await wrong.ping();
  assert.equal(response.status, 'failed');
  assert.equal(response.error.code, 40);
});

test('browses by tags: artists, an artist, an album, a song', async () => {
  const artists = await withToken.getArtists();
  assertOpenSubsonicOk(artists);
  const everyone = artists.artists.index.flatMap((index) => index.artist);
  const pines = everyone.find((artist) => artist.name === 'The Hollow Pines');
  assert.ok(pines, everyone.map((artist) => artist.name).join());
  const artist = await withToken.getArtist({ id: pines.id });
  assertOpenSubsonicOk(artist);
  assert.equal(artist.artist.album.length, pines.albumCount);
  const lanterns = artist.artist.album.find((album) => album.name === 'Lanterns Over Water');
  const album = await withFormPost.getAlbum({ id: lanterns.id });
  assertOpenSubsonicOk(album);
  assert.equal(album.album.song.length, 6);
  assert.deepEqual(album.album.song.map((song) => song.track), [1, 2, 3, 4, 5, 6]);
  const song = await withApiKey.getSong({ id: album.album.song[0].id });
  assertOpenSubsonicOk(song);
  assert.equal(song.song.title, 'Harbour Lights');
  assert.equal(song.song.samplingRate, 44100);
  assert.equal(song.song.albumId, lanterns.id);
});

test('browses by folders: indexes, then directories down to songs', async () => {
  const indexes = await withToken.getIndexes();
  assertOpenSubsonicOk(indexes);
  const folder = indexes.indexes.index.flatMap((index) => index.artist).find((entry) => entry.name === 'The Hollow Pines');
  assert.ok(folder);
  const albums = await withToken.getMusicDirectory({ id: folder.id });
  assertOpenSubsonicOk(albums);
  assert.ok(albums.directory.child.every((child) => child.isDir));
  const songs = await withToken.getMusicDirectory({ id: albums.directory.child[0].id });
  assert.ok(songs.directory.child.length > 0);
  assert.ok(songs.directory.child.every((child) => !child.isDir && child.parent === albums.directory.child[0].id));
});

test('lists albums and genres', async () => {
  const byName = await withToken.getAlbumList2({ type: 'alphabeticalByName', size: 500 });
  assertOpenSubsonicOk(byName);
  assert.equal(byName.albumList2.album.length, 10);
  const genres = await withToken.getGenres();
  assert.ok(genres.genres.genre.some((genre) => genre.value === 'Classical' && genre.albumCount === 2));
});

test('searches without accents, and copies the whole library with an empty query', async () => {
  const found = await withToken.search3({ query: 'dvorak' });
  assertOpenSubsonicOk(found);
  assert.ok(found.searchResult3.artist.some((artist) => artist.name === 'Antonín Dvořák'));
  const ids = new Set();
  for (let offset = 0; ; offset += 20) {
    const page = await withApiKey.search3({ query: '', artistCount: 0, albumCount: 0, songCount: 20, songOffset: offset });
    assertOpenSubsonicOk(page);
    const songs = page.searchResult3.song ?? [];
    songs.forEach((song) => ids.add(song.id));
    if (songs.length < 20) break;
  }
  assert.equal(ids.size, 54);
});

const trackIds = (process.env.FIDELIO_TRACK_IDS ?? '').split(',');
const trackSha256 = process.env.FIDELIO_TRACK_SHA256;
const albumId = process.env.FIDELIO_ALBUM_ID;

test('star, rate and scrobble a song', async () => {
  for (const response of [
    await withToken.star({ id: trackIds[0], albumId }),
    await withApiKey.setRating({ id: trackIds[0], rating: 4 }),
    await withFormPost.scrobble({ id: trackIds[0], submission: false }),
    await withToken.scrobble({ id: trackIds[0], time: Date.now() }),
    await withToken.unstar({ albumId }),
  ]) {
    assertOpenSubsonicOk(response);
  }
});

test('a playlist is made, read, changed and deleted', async () => {
  const created = await withFormPost.createPlaylist({ name: 'From the client library', songId: trackIds });
  assertOpenSubsonicOk(created);
  const id = created.playlist.id;
  assert.deepEqual(created.playlist.entry.map((song) => song.id), trackIds);
  assert.ok(created.playlist.created instanceof Date, 'dates are read as dates');

  assertOpenSubsonicOk(await withToken.updatePlaylist({ playlistId: id, name: 'Renamed', songIndexToRemove: 0 }));
  const read = await withApiKey.getPlaylist({ id });
  assert.equal(read.playlist.name, 'Renamed');
  assert.equal(read.playlist.songCount, trackIds.length - 1);
  const listed = await withToken.getPlaylists();
  assert.ok(listed.playlists.playlist.some((playlist) => playlist.id === id));

  assertOpenSubsonicOk(await withToken.deletePlaylist({ id }));
  assert.equal((await withToken.getPlaylist({ id })).error.code, 70);
});

test('stream sends the original file and getCoverArt an image', async () => {
  const audio = await withToken.stream({ id: trackIds[0] });
  assert.equal(audio.status, 200);
  assert.equal(audio.headers.get('content-type'), 'audio/flac');
  const bytes = new Uint8Array(await audio.arrayBuffer());
  const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
  assert.equal(digest, trackSha256);

  const cover = await withApiKey.getCoverArt({ id: albumId, size: 64 });
  assert.equal(cover.status, 200);
  assert.match(cover.headers.get('content-type'), /^image\//);

  const missing = await withToken.stream({ id: '00000000-0000-0000-0000-000000000000' });
  assert.match(missing.headers.get('content-type'), /^application\/json/);
  assert.equal((await missing.json())['subsonic-response'].error.code, 70);
});
