import { runAll } from './harness';
import './format.test';
import './route.test';
import './queue.test';
import './replaygain.test';
import './variants.test';
import './signalpath.test';
import './keys.test';
import './persist.test';
import './credits.test';
import './engine.test';

declare global {
  interface Window {
    clientTestResults?: unknown;
  }
}

runAll().then((results) => (window.clientTestResults = results));
