import { candidates, playsOriginal, type StreamVariant } from '../app/lib/variants';
import { assertEqual, test } from './harness';

const variant = (name: string, mimeType: string): StreamVariant => ({
  name, mimeType, url: `/stream/t?v=${name}`, signalPath: name === 'original' ? 'bit-perfect' : `X -> ${name}`, bitPerfect: name === 'original',
});
/** What Chromium answers: FLAC, WAV, MP3, AAC, Ogg; no AIFF, no ALAC. */
const chromium = (mime: string) => ['audio/flac', 'audio/wav', 'audio/mpeg', 'audio/mp4; codecs="mp4a.40.2"', 'audio/ogg; codecs="opus"',
  'audio/ogg; codecs="vorbis"'].includes(mime);
const names = (list: StreamVariant[]) => list.map((v) => v.name);

const hires = [variant('original', 'audio/flac'), variant('flac-16-44.1', 'audio/flac'), variant('flac-24-96', 'audio/flac'), variant('wav', 'audio/wav')];

test('the original comes first when the browser plays it', () => {
  assertEqual(names(candidates(hires, 'flac', 'original', chromium)), ['original', 'wav', 'flac-24-96', 'flac-16-44.1']);
});

test('a quality limit prefers the matching conversion, then what is left', () => {
  assertEqual(names(candidates(hires, 'flac', 'hires', chromium)), ['flac-24-96', 'original', 'wav', 'flac-16-44.1']);
  assertEqual(names(candidates(hires, 'flac', 'cd', chromium)), ['flac-16-44.1', 'original', 'wav']);
});

test('a file with no finer conversion plays as it is at any quality', () => {
  const cd = [variant('original', 'audio/flac'), variant('wav', 'audio/wav')];
  assertEqual(names(candidates(cd, 'flac', 'cd', chromium)), ['original', 'wav']);
});

test('formats the browser cannot decode go through a conversion', () => {
  const aiff = [variant('original', 'audio/aiff'), variant('wav', 'audio/wav')];
  assertEqual(names(candidates(aiff, 'aiff', 'original', chromium)), ['wav']);
  const dsd = [variant('original', 'audio/dsf'), variant('flac-16-44.1', 'audio/flac'), variant('flac-24-96', 'audio/flac'), variant('wav', 'audio/wav')];
  assertEqual(names(candidates(dsd, 'dsf', 'original', chromium)), ['wav', 'flac-24-96', 'flac-16-44.1']);
  assertEqual(playsOriginal('alac', chromium), false);
  assertEqual(playsOriginal('wavpack', () => true), false);
});

test('a lossy file offers only its original', () => {
  assertEqual(names(candidates([variant('original', 'audio/mpeg')], 'mp3', 'cd', chromium)), ['original']);
  assertEqual(names(candidates([variant('original', 'audio/ogg')], 'opus', 'original', () => false)), []);
});
