import { GaplessEngine, type EngineEvents } from '../app/player/engine';
import type { StreamVariant } from '../app/lib/variants';
import { assert, assertEqual, test } from './harness';

/** A WAV file of a sine, made here, as an object URL. */
function sineWav(seconds: number, frequency: number): string {
  const rate = 44100;
  const frames = Math.round(seconds * rate);
  const buffer = new ArrayBuffer(44 + frames * 4);
  const view = new DataView(buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF'); view.setUint32(4, 36 + frames * 4, true); text(8, 'WAVE');
  text(12, 'fmt '); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 2, true);
  view.setUint32(24, rate, true); view.setUint32(28, rate * 4, true); view.setUint16(32, 4, true); view.setUint16(34, 16, true);
  text(36, 'data'); view.setUint32(40, frames * 4, true);
  for (let i = 0; i < frames; i++) {
    const sample = Math.round(8000 * Math.sin((2 * Math.PI * frequency * i) / rate));
    view.setInt16(44 + i * 4, sample, true);
    view.setInt16(46 + i * 4, sample, true);
  }
  return URL.createObjectURL(new Blob([buffer], { type: 'audio/wav' }));
}

const variant = (url: string, name = 'original'): StreamVariant =>
  ({ name, url, mimeType: 'audio/wav', sampleRate: 44100, bitDepth: 16, channels: 2, signalPath: 'bit-perfect', bitPerfect: true });

interface Recorded {
  events: string[];
  variants: Record<string, string>;
  engine: GaplessEngine;
  elements: HTMLAudioElement[];
}

function recordingEngine(): Recorded {
  const events: string[] = [];
  const variants: Record<string, string> = {};
  const listener: EngineEvents = {
    advanced: (key) => events.push(`advanced:${key}`),
    ended: (key) => events.push(`ended:${key}`),
    time: () => undefined,
    playing: (playing) => events.push(playing ? 'playing' : 'paused'),
    variant: (key, v) => {
      variants[key] = v.name;
      events.push(`variant:${key}`);
    },
    error: (key, message) => events.push(`error:${key}:${message}`),
  };
  const engine = new GaplessEngine(listener);
  const elements = [...document.querySelectorAll<HTMLAudioElement>('audio[data-player]')].slice(-2);
  return { events, variants, engine, elements };
}

function until(what: string, condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) {
        resolve();
      } else if (performance.now() - start > timeoutMs) {
        reject(new Error(`${what} did not happen within ${timeoutMs} ms`));
      } else {
        setTimeout(check, 10);
      }
    };
    check();
  });
}

test('the preloaded next track starts in the same moment the current one ends', async () => {
  const { events, variants, engine, elements } = recordingEngine();
  const times: Record<string, number> = {};
  elements.forEach((element) => {
    element.addEventListener('ended', () => (times.ended = performance.now()));
    element.addEventListener('playing', () => (times[`playing:${element.dataset.player}`] = performance.now()));
  });
  engine.load({ key: 'first', candidates: [variant(sineWav(0.6, 440))] }, true);
  engine.preload({ key: 'second', candidates: [variant(sineWav(0.6, 660))] });
  const standby = elements[1];
  await until('the next track buffered', () => standby.readyState >= HTMLMediaElement.HAVE_ENOUGH_DATA);
  await until('the change to the next track', () => events.includes('advanced:second'));
  await until('the next track playing', () => times[`playing:${standby.dataset.player}`] !== undefined);
  const gap = times[`playing:${standby.dataset.player}`] - times.ended;
  assert(gap < 150, `the next track started ${gap.toFixed(0)} ms after the end of the first`);
  assert(!standby.paused, 'the second element plays');
  // The variant is told when its track becomes current (the player shows it then), not when it is loaded ahead.
  assertEqual(variants.second, 'original', 'the variant of the track that took over');
  assert(events.indexOf('variant:second') > events.indexOf('advanced:second'), `variant told after the change: ${events}`);
  assertEqual(events.filter((e) => e.startsWith('ended') || e.startsWith('error')), []);
  engine.stop();
});

test('without a next track the end is reported, and nothing plays', async () => {
  const { events, engine } = recordingEngine();
  engine.load({ key: 'only', candidates: [variant(sineWav(0.3, 440))] }, true);
  await until('the end', () => events.includes('ended:only'));
  assertEqual(engine.paused, true);
  engine.stop();
});

test('a variant the browser cannot decode gives way to the next candidate', async () => {
  const { events, variants, engine, elements } = recordingEngine();
  const garbage = URL.createObjectURL(new Blob([new Uint8Array(4096).fill(7)], { type: 'audio/wav' }));
  engine.load({ key: 't', candidates: [variant(garbage, 'original'), variant(sineWav(0.5, 440), 'wav')] }, true);
  await until('the fallback', () => variants.t === 'wav');
  await until('playing', () => !elements[0].paused || events.includes('ended:t'));
  assertEqual(events.filter((e) => e.startsWith('error')), []);
  engine.stop();
});

test('when no candidate plays the player is told why', async () => {
  const { events, engine } = recordingEngine();
  const garbage = URL.createObjectURL(new Blob([new Uint8Array(4096).fill(3)], { type: 'audio/wav' }));
  engine.load({ key: 'bad', candidates: [variant(garbage)] }, true);
  await until('the error', () => events.some((e) => e.startsWith('error:bad:')));
  engine.stop();
});

test('levels go to the current and the next element, within 0..1', () => {
  const { engine, elements } = recordingEngine();
  engine.load({ key: 'a', candidates: [variant(sineWav(0.2, 440))] }, false);
  engine.preload({ key: 'b', candidates: [variant(sineWav(0.2, 440))] });
  engine.setLevels(0.25, 3, false);
  assertEqual([elements[0].volume, elements[1].volume], [0.25, 1]);
  engine.setLevels(0.5, 0.5, true);
  assertEqual([elements[0].muted, elements[1].muted], [true, true]);
  engine.stop();
});
