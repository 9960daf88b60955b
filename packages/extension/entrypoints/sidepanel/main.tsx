import { render } from 'preact';
import { SidePanel } from '../../src/panels/SidePanel';
import '../../src/panels/panel.css';

render(<SidePanel />, document.getElementById('app')!);
