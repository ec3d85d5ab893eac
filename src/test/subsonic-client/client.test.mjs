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
