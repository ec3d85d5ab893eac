import { render } from 'preact';
import { App } from './ui/App';
import { applyTheme, savedTheme } from './ui/theme';
import './styles.css';

applyTheme(savedTheme());
render(<App />, document.getElementById('root')!);
