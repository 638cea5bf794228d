import { render } from 'preact';
import { Onboarding } from './Onboarding';

render(<Onboarding />, document.getElementById('app')!);
