// The family calendar: the guidance dates as an .ics file, or a subscription address (a new one revokes the old).
import { t } from '../i18n.js';
import { h, field, act, saveBlob } from '../ui.js';
import { calendarFile, subscribe as newSubscription } from './api.js';

/** The calendar card's content: what it is, a download and a subscribe button, and their outcome. */
export function calendarParts() {
  const download = h('button', { type: 'button', id: 'download-ics' }, t('calendar.download'));
  const subscribe = h('button', { type: 'button', class: 'secondary', id: 'subscribe' }, t('calendar.subscribe'));
  const calendarStatus = h('div', { class: 'status' });
  download.addEventListener('click', () => act(download, calendarStatus, async () => {
    saveBlob(await calendarFile(), 'guidance.ics');
    return t('calendar.downloaded');
  }));
  subscribe.addEventListener('click', () => act(subscribe, calendarStatus, async () => {
    const { url } = await newSubscription();
    const output = h('input', { id: 'subscription-url', readonly: true, value: url });
    // A new link revokes the earlier one: show only the newest.
    const shown = document.getElementById('subscription');
    if (shown) shown.remove();
    calendarStatus.after(h('div', { id: 'subscription' }, field(t('calendar.url'), output, t('calendar.urlHint'))));
    return t('calendar.subscribed');
  }));
  return [h('p', {}, t('calendar.text')), h('div', { class: 'actions' }, download, subscribe), calendarStatus];
}
