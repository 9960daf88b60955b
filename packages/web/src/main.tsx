/** Entry of soat.html: the styles (the HTML report's, then the page's own) and the app. */
import { REPORT_STYLE } from '@soat/checker/report';
import { render } from 'preact';
import { App } from './App';
import { CheckPool } from './pool';
import PAGE_STYLE from './style.css';

const style = document.createElement('style');
style.textContent = REPORT_STYLE + PAGE_STYLE;
document.head.append(style);
render(<App pool={new CheckPool()} />, document.getElementById('app')!);
