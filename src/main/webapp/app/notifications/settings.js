// #/notification-settings: which channels reach the person (e-mail, SMS) and whether notices that are not essential
// come at all; the addresses as the server shows them (masked). Essential notices always come.
import { t } from '../i18n.js';
import { h, field, load, act } from '../ui.js';
import { preferences, choose } from './api.js';

export async function notificationSettings(view) {
  const body = h('div', { id: 'notification-settings' });
  view.replaceChildren(h('h2', {}, t('prefs.title')), h('p', {}, t('prefs.essential')), body,
    h('p', {}, h('a', { href: '#/inbox' }, t('prefs.toInbox'))));
  await load(body, async () => {
    const p = await preferences();
    const email = h('input', { type: 'checkbox', name: 'email', checked: p.email });
    const sms = h('input', { type: 'checkbox', name: 'sms', checked: p.sms });
    const nonEssential = h('input', { type: 'checkbox', name: 'nonEssential', checked: p.nonEssential });
    const status = h('div', { class: 'status', 'aria-live': 'polite' });
    const save = h('button', { type: 'submit' }, t('save'));
    const form = h('form', { id: 'preferences-form', class: 'card' },
      field(t('prefs.email'), email, p.emailAddress ? t('prefs.to', { to: p.emailAddress }) : t('prefs.noEmail')),
      field(t('prefs.sms'), sms, p.phone ? t('prefs.to', { to: p.phone }) : t('prefs.noPhone')),
      field(t('prefs.nonEssential'), nonEssential, t('prefs.nonEssentialHint')),
      save, status);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act(save, status, async () => {
        await choose(email.checked, sms.checked, nonEssential.checked);
        return t('saved');
      });
    });
    return form;
  });
}
