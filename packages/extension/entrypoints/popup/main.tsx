import { render } from 'preact';
import { Popup } from '../../src/panels/Popup';
import '../../src/panels/panel.css';

render(<Popup />, document.getElementById('app')!);
