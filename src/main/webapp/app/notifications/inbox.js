// #/inbox: the signed-in person's notices, newest first, unread ones marked; tapping one marks it read and follows
// its link inside the app; "mark all read"; more pages on request. Titles and texts are shown as text, never as HTML.
import { t } from '../i18n.js';
import { h, load, empty, act, dateTime, errorBox } from '../ui.js';
import { inbox as inboxPage, markRead, markAllRead } from './api.js';
import { refreshBell } from './bell.js';

const SIZE = 20;
/** A notice's link is a route of this app ("/bookings" or "#/bookings"); anything else is never followed. */
function appRoute(link) {
  if (typeof link !== 'string') return null;
  const route = link.startsWith('/') && !link.startsWith('//') ? `#${link}` : link;
  return /^#\/[\w\-/?=&%.]*$/.test(route) ? route : null;
}

function item(n, status) {
  const unread = !n.readAt;
  const li = h('li', { class: unread ? 'card notification unread' : 'card notification', 'data-id': n.id,
    'data-kind': n.kind, 'data-read': String(!unread) });
  const open = h('a', { href: appRoute(n.link) || '#/inbox', class: 'open' },
    h('span', { class: 'badges' }, unread && h('span', { class: 'badge unread-mark' }, t('inbox.unread')),
      n.essential && h('span', { class: 'badge essential' }, t('inbox.essential'))),
    h('strong', { class: 'title', dir: 'auto' }, n.title),
    h('span', { class: 'body', dir: 'auto' }, n.body),
    h('span', { class: 'muted when' }, dateTime(n.createdAt)));
  open.addEventListener('click', async (e) => {
    e.preventDefault();
    status.replaceChildren();
    try {
      if (!n.readAt) {
        await markRead(n.id);
        n.readAt = new Date().toISOString();
        li.classList.remove('unread');
        li.dataset.read = 'true';
        li.querySelector('.unread-mark')?.remove();
        await refreshBell();
      }
      const to = appRoute(n.link);
      if (to && to !== location.hash) location.hash = to;
    } catch (error) {
      console.warn(error);
      status.replaceChildren(errorBox(error));
    }
  });
  li.append(open);
  return li;
}

export async function inbox(view) {
  const results = h('div', { id: 'inbox-results' });
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'cards notifications' });
  const allRead = h('button', { type: 'button', class: 'secondary', id: 'read-all' }, t('inbox.readAll'));
  allRead.addEventListener('click', () => act(allRead, status, async () => {
    await markAllRead();
    await Promise.all([show(0, true), refreshBell()]);
    return t('inbox.allRead');
  }));

  async function show(page, fresh) {
    if (fresh) list.replaceChildren();
    await load(results, async () => {
      const result = await inboxPage(page, SIZE);
      result.items.forEach((n) => list.append(item(n, status)));
      if (result.total === 0) return empty(t('inbox.empty'));
      return [h('p', { class: 'muted' }, t('inbox.total', { n: result.total })), list,
        list.children.length < result.total && h('button', { type: 'button', class: 'secondary',
          onclick: () => show(page + 1, false) }, t('more'))];
    });
  }

  view.replaceChildren(h('h2', {}, t('inbox.title')),
    h('p', { class: 'inbox-tools' }, allRead, ' ', h('a', { href: '#/notification-settings' }, t('inbox.settings'))),
    status, results);
  await Promise.all([show(0, true), refreshBell()]);
}
