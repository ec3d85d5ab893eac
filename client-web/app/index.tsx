import { render } from 'preact';

render(<p>Fidelio</p>, document.getElementById('root')!);
