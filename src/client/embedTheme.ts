/**
 * /embed-theme.js: loaded as a blocking script in the embed's head, so the theme the host asked
 * for (`?theme=light|dark`) is set before the first paint and no other colour flashes. Anything
 * else in the address leaves the theme to the reader's setting.
 */
import { pickTheme } from '../lib/embed/params.ts';

const theme = pickTheme(location.search);
if (theme !== 'auto') document.documentElement.dataset['theme'] = theme;
