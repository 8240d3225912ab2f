// #/unsubscribe?token=…, the link at the foot of every e-mail, no sign-in: no more e-mail that is not essential.
import { t } from '../i18n.js';
import { h, errorBox, notice, loading } from '../ui.js';
import { unsubscribe as stop } from './api.js';

export async function unsubscribe(view) {
  const token = new URLSearchParams(location.hash.split('?')[1] || '').get('token');
  const outcome = h('div', { id: 'unsubscribe' }, loading());
  view.replaceChildren(h('h2', {}, t('unsub.title')), outcome);
  if (!token) {
    outcome.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('unsub.noToken')));
    return;
  }
  try {
    await stop(token);
    outcome.replaceChildren(notice(t('unsub.done')), h('p', {}, t('unsub.essential')),
      h('p', {}, h('a', { href: '#/notification-settings' }, t('unsub.settings'))));
  } catch (e) {
    outcome.replaceChildren(errorBox(e));
  }
}
