// #/care-capacity: health staff see the hourly-care places the district's facilities publish, per day for a week.
import { t } from '../i18n.js';
import { h, load, empty, date, scrolling } from '../ui.js';
import { capacity } from './api.js';

export async function careCapacity(view) {
  const table = h('section', { id: 'care-capacity' });
  view.replaceChildren(h('h2', {}, t('capacity.title')), table);
  const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  await load(table, async () => {
    const lines = await capacity(today, 7);
    if (!lines.length) return empty(t('capacity.empty'));
    return scrolling(t('capacity.title'), h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('capacity.facility')),
        h('th', { scope: 'col' }, t('capacity.perSlot')),
        lines[0].days.map((d) => h('th', { scope: 'col' }, date(d.day))), h('th', { scope: 'col' }, t('capacity.week')))),
      h('tbody', {}, lines.map((l) => h('tr', {}, h('th', { scope: 'row' }, l.facilityName),
        h('td', { class: 'num' }, l.placesPerSlot), l.days.map((d) => h('td', { class: 'num' }, d.places)),
        h('td', { class: 'num' }, l.total))))));
  });
}
