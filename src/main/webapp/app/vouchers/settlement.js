// #/settlement: the facility's redemptions of a month per batch, with their face value, and the same as CSV. The
// table also serves the district's dashboard, per facility.
import { t } from '../i18n.js';
import { h, load, empty, act, yuan, saveBlob, scrolling } from '../ui.js';
import { settlement as settlementOf, settlementCsv } from './api.js';
import { monthPicker } from './month.js';

export function settlementTable(lines, withFacility) {
  const total = lines.reduce((sum, l) => ({ n: sum.n + l.redemptions, c: sum.c + (l.faceValueCents || 0),
    s: sum.s + (l.sessions || 0), given: sum.given + Number(l.hoursGiven || 0) }), { n: 0, c: 0, s: 0, given: 0 });
  return scrolling(t('set.title'), h('table', { id: 'settlement-table' },
    h('thead', {}, h('tr', {}, withFacility && h('th', { scope: 'col' }, t('set.facility')),
      h('th', { scope: 'col' }, t('set.batch')), h('th', { scope: 'col' }, t('set.count')),
      h('th', { scope: 'col' }, t('set.value')), h('th', { scope: 'col' }, t('set.sessions')),
      h('th', { scope: 'col' }, t('set.hoursGiven')))),
    h('tbody', {}, lines.map((l) => h('tr', {}, withFacility && h('td', {}, l.facilityName), h('td', {}, l.batchName),
      h('td', { class: 'num' }, l.redemptions), h('td', { class: 'num' }, yuan(l.faceValueCents)),
      h('td', { class: 'num' }, l.sessions), h('td', { class: 'num' }, Number(l.hoursGiven || 0).toFixed(2))))),
    h('tfoot', {}, h('tr', {}, withFacility && h('td', {}), h('th', { scope: 'row' }, t('set.total')),
      h('td', { class: 'num' }, total.n), h('td', { class: 'num' }, yuan(total.c)), h('td', { class: 'num' }, total.s),
      h('td', { class: 'num' }, total.given.toFixed(2))))));
}

export async function settlement(view) {
  const table = h('section', { id: 'settlement' });
  const status = h('div', { class: 'status' });
  const download = h('button', { type: 'button', id: 'settlement-csv' }, t('set.download'));
  const show = (month) => load(table, async () => {
    const lines = await settlementOf(month);
    return lines.length ? settlementTable(lines, false) : empty(t('set.empty'));
  });
  const picker = monthPicker(show);
  download.addEventListener('click', () => act(download, status, async () => {
    const month = picker.value();
    saveBlob(await settlementCsv(month), `settlement-${month}.csv`);
  }));
  view.replaceChildren(h('h2', {}, t('set.title')), picker.control, table, download, status);
  await show(picker.value());
}
