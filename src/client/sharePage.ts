/** The page's own share block: its copy-link button (everything else in it is plain HTML). */
import { enableCopy } from './copyButtons.ts';

enableCopy(document, '.copy-page-link', '请按Ctrl+C复制选中的链接。');
