// Small pieces the guidance screens share: time spans in China time, badges, the flash message kept across the
// reload after an action, a class's facts, a visit's preferred windows.
import { t } from '../i18n.js';
import { h, notice, dateTime } from '../ui.js';

export const span = (start, end) => `${dateTime(start)} – ${new Intl.DateTimeFormat(document.documentElement.lang, {
  timeZone: 'Asia/Shanghai', timeStyle: 'short' }).format(new Date(end))}`;
export const badge = (text, ok) => h('span', { class: ok ? 'badge ok' : 'badge' }, text);
export const refresh = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
export const flashed = () => {
  const text = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  return text ? notice(text) : '';
};
export const flash = (text) => { sessionStorage.setItem('flash', text); refresh(); };

export function classFacts(c) {
  return [h('p', {}, h('strong', {}, span(c.startsAt, c.endsAt))),
    h('p', {}, c.venue),
    h('p', {}, t('class.ages', { a: c.ageFromMonths, b: c.ageToMonths }), ' · ',
      c.seatsLeft > 0 ? t('class.seats', { n: c.seatsLeft, c: c.capacity }) : badge(t('class.full'))),
    h('p', { class: 'muted' }, t('class.cutoff', { at: dateTime(c.bookingCutoff) }))];
}

export function windowsText(windows) {
  return (windows || []).map((w) => span(w.start, w.end)).join('；');
}
