import { render } from 'preact';
import { Review } from './Review';

render(<Review />, document.getElementById('app')!);
