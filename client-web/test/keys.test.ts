import { keyAction } from '../app/lib/keys';
import { assertEqual, test } from './harness';

test('transport keys', () => {
  assertEqual(keyAction({ key: ' ' }), 'toggle');
  assertEqual(keyAction({ key: 'k' }), 'toggle');
  assertEqual(keyAction({ key: 'ArrowRight' }), 'seekForward');
  assertEqual(keyAction({ key: 'ArrowLeft' }), 'seekBackward');
  assertEqual(keyAction({ key: 'ArrowRight', shiftKey: true }), 'next');
  assertEqual(keyAction({ key: 'ArrowLeft', shiftKey: true }), 'previous');
  assertEqual(keyAction({ key: 'N' }), 'next');
  assertEqual(keyAction({ key: '+' }), 'volumeUp');
  assertEqual(keyAction({ key: '-' }), 'volumeDown');
  assertEqual(keyAction({ key: 'm' }), 'mute');
  assertEqual(keyAction({ key: '/' }), 'search');
  assertEqual(keyAction({ key: 'q' }), 'queue');
  assertEqual(keyAction({ key: 'x' }), null);
});

test('keys typed into fields, or with Ctrl, Alt or Meta, are left to the browser', () => {
  assertEqual(keyAction({ key: ' ', editing: true }), null);
  assertEqual(keyAction({ key: 'k', ctrlKey: true }), null);
  assertEqual(keyAction({ key: 'ArrowLeft', altKey: true }), null);
  assertEqual(keyAction({ key: 'm', metaKey: true }), null);
});
