/** The player's keyboard shortcuts. Keys typed into a field, or with Ctrl, Alt or Meta, are the browser's. */

export type KeyAction =
  | 'toggle' | 'next' | 'previous' | 'seekForward' | 'seekBackward'
  | 'volumeUp' | 'volumeDown' | 'mute' | 'search' | 'queue';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  /** True when the key goes to a text field, select or editable element. */
  editing?: boolean;
}

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Space or K', action: 'Play / pause' },
  { keys: '→ / ←', action: 'Forward / back 10 s' },
  { keys: 'Shift+→ / Shift+← or N / P', action: 'Next / previous track' },
  { keys: '+ / −', action: 'Volume up / down' },
  { keys: 'M', action: 'Mute' },
  { keys: '/', action: 'Search' },
  { keys: 'Q', action: 'Show the queue' },
];

export function keyAction(press: KeyPress): KeyAction | null {
  if (press.editing || press.ctrlKey || press.altKey || press.metaKey) {
    return null;
  }
  switch (press.key) {
    case ' ':
    case 'k':
    case 'K':
      return 'toggle';
    case 'ArrowRight':
      return press.shiftKey ? 'next' : 'seekForward';
    case 'ArrowLeft':
      return press.shiftKey ? 'previous' : 'seekBackward';
    case 'n':
    case 'N':
      return 'next';
    case 'p':
    case 'P':
      return 'previous';
    case '+':
    case '=':
      return 'volumeUp';
    case '-':
    case '_':
      return 'volumeDown';
    case 'm':
    case 'M':
      return 'mute';
    case '/':
      return 'search';
    case 'q':
    case 'Q':
      return 'queue';
    default:
      return null;
  }
}
