// #/care-schedule: facility staff publish the hourly-care schedule — slot length, places per slot, ages, opening
// hours per weekday and closure dates.
import { t } from '../i18n.js';
import { h, field, act, markInvalid } from '../ui.js';
import { publishSchedule, schedule as current } from './api.js';

const DAYS = [1, 2, 3, 4, 5, 6, 7];

export async function careSchedule(view) {
  const s = await current().catch(() => null);
  const number = (name, value, min, max) => h('input', { type: 'number', name, value, min, max, required: true });
  const slotMinutes = number('slotMinutes', s ? s.slotMinutes : 60, 30, 480);
  const places = number('places', s ? s.places : 5, 1, 200);
  const minAge = number('minAgeMonths', s ? s.minAgeMonths : 13, 0, 36);
  const maxAge = number('maxAgeMonths', s ? s.maxAgeMonths : 36, 0, 36);
  const hoursOf = (d) => (s ? s.openingHours.find((o) => o.weekday === d) : null);
  const rows = DAYS.map((d) => {
    const open = hoursOf(d);
    const on = h('input', { type: 'checkbox', name: `day${d}`, checked: s ? Boolean(open) : d <= 5 });
    const opens = h('input', { type: 'time', name: `opens${d}`, value: open ? open.opens : '08:30' });
    const closes = h('input', { name: `closes${d}`, pattern: '([01][0-9]|2[0-3]):[0-5][0-9]|24:00',
      value: open ? open.closes : '17:30' });
    return { d, on, opens, closes, row: h('fieldset', {}, h('legend', {}, t(`schedule.day${d}`)),
      field(t('schedule.open'), on), field(t('schedule.opens'), opens), field(t('schedule.closes'), closes)) };
  });
  const closures = h('textarea', { name: 'closures', rows: 3 }, s ? s.closures.join('\n') : '');
  const save = h('button', { type: 'submit' }, t('schedule.save'));
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const form = h('form', { id: 'care-schedule-form' }, field(t('schedule.slotMinutes'), slotMinutes),
    field(t('schedule.places'), places), field(t('schedule.minAge'), minAge), field(t('schedule.maxAge'), maxAge),
    rows.map((r) => r.row), field(t('schedule.closures'), closures), save, status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act(save, status, () => markInvalid(form, async () => {
      await publishSchedule({ slotMinutes: Number(slotMinutes.value), places: Number(places.value),
        minAgeMonths: Number(minAge.value), maxAgeMonths: Number(maxAge.value),
        openingHours: rows.filter((r) => r.on.checked).map((r) => ({ weekday: r.d, opens: r.opens.value,
          closes: r.closes.value })),
        closures: closures.value.split(/\s+/).filter(Boolean) });
      return t('schedule.saved');
    }));
  });
  view.replaceChildren(h('h2', {}, t('schedule.title')), form);
}
