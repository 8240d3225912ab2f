// The bell on every page of the signed-in app: a link to the inbox whose label says how many notices are unread,
// refreshed on navigation, every 60 s while the page is visible, and after the inbox marks notices read.
import { t } from '../i18n.js';
import { h } from '../ui.js';
import { unreadCount } from './api.js';

const EVERY_MS = 60000;
const SVG = 'http://www.w3.org/2000/svg';
let bell = null;
let unread = null;

function icon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 '
    + '0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function show() {
  if (!bell) return;
  const count = bell.querySelector('.count');
  count.textContent = unread > 99 ? '99+' : String(unread || '');
  count.hidden = !unread;
  bell.dataset.unread = String(unread || 0);
  bell.setAttribute('aria-label', unread ? t('bell.unread', { n: unread }) : t('bell.none'));
  bell.title = bell.getAttribute('aria-label');
}

/** Asks the server again; a failure leaves the last count (the bell is no place for an error). */
export async function refreshBell() {
  if (!bell) return;
  try {
    unread = (await unreadCount()).unread;
    show();
  } catch (e) {
    console.warn(e);
  }
}

/** Puts the bell into `where` (the header's tools) once someone is signed in. */
export function mountBell(where) {
  bell = h('a', { id: 'bell', class: 'bell', href: '#/inbox' }, icon(), h('span', { class: 'count', hidden: true }));
  where.prepend(bell);
  show();
  refreshBell();
  setInterval(() => { if (document.visibilityState === 'visible') refreshBell(); }, EVERY_MS);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refreshBell(); });
}

/** After the language changes: the label again, in the new language. */
export const relabelBell = show;
