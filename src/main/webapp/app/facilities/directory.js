// #/directory, no login: the directory of filed facilities with filters, and the refused filings with their reasons.
import { t } from '../i18n.js';
import { h, field, select, load, empty, date } from '../ui.js';
import { placesPerThousand } from '../districts/api.js';
import { directory as facilitiesFound, refusals as refusalsOf } from './api.js';

const SERVICE_TYPES = ['FULL_DAY', 'HALF_DAY', 'HOURLY', 'OCCASIONAL'];

export function facilityCard(f) {
  return h('li', { class: 'card facility' },
    h('h3', {}, f.name),
    h('p', { class: 'badges' },
      h('span', { class: 'badge ok' }, t(`standing.${f.standing}`)),
      f.affordable && h('span', { class: 'badge' }, t('dir.affordable')),
      f.demonstration && h('span', { class: 'badge' }, t('dir.demonstration'))),
    h('p', {}, f.address),
    h('p', {}, f.serviceTypes.map((s) => t(`service.${s.code}`)).join(' · '), ' · ', t('dir.places', { n: f.places.total })),
    f.openingHours && h('p', {}, `${t('dir.hours')}：${f.openingHours}`),
    f.contactPhone && h('p', {}, `${t('dir.phone')}：`, h('a', { href: `tel:${f.contactPhone}` }, f.contactPhone)),
    f.filingNumber && h('p', { class: 'muted' }, t('dir.filing', { n: f.filingNumber })));
}

export async function directory(view) {
  const districts = await placesPerThousand().catch(() => []);
  const district = select('district', [['', t('dir.allDistricts')],
    ...districts.map((d) => [d.districtCode, d.districtName])], '');
  const type = select('serviceType', [['', t('dir.allTypes')], ...SERVICE_TYPES.map((s) => [s, t(`service.${s}`)])], '');
  const q = h('input', { type: 'search', name: 'q', maxlength: 100, enterkeyhint: 'search', autocomplete: 'off' });
  const affordable = h('input', { type: 'checkbox', name: 'affordable' });
  const demonstration = h('input', { type: 'checkbox', name: 'demonstration' });
  const results = h('div', { id: 'directory-results' });
  const refusals = h('div', { id: 'refusals' });
  const form = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); search(0, true); } },
    field(t('dir.q'), q, t('dir.qHint')), field(t('dir.district'), district), field(t('dir.serviceType'), type),
    field(t('dir.affordable'), affordable), field(t('dir.demonstration'), demonstration),
    h('button', { type: 'submit' }, t('dir.search')));
  const list = h('ul', { class: 'cards' });

  async function search(page, fresh) {
    const query = new URLSearchParams({ page, size: 10 });
    if (q.value.trim()) query.set('q', q.value.trim());
    if (district.value) query.set('district', district.value);
    if (type.value) query.set('serviceType', type.value);
    if (affordable.checked) query.set('affordable', 'true');
    if (demonstration.checked) query.set('demonstration', 'true');
    if (fresh) list.replaceChildren();
    await load(results, async () => {
      const result = await facilitiesFound(query);
      result.items.forEach((f) => list.append(facilityCard(f)));
      if (result.total === 0) return empty(t('dir.empty'));
      const shown = list.children.length;
      return [h('p', { class: 'muted' }, t('dir.total', { n: result.total })), list,
        shown < result.total && h('button', { type: 'button', onclick: () => search(page + 1, false) }, t('more'))];
    });
  }

  view.replaceChildren(h('h2', {}, t('dir.title')), form, results, h('h2', {}, t('dir.refusals')), refusals);
  await Promise.all([search(0, true), load(refusals, async () => {
    const result = await refusalsOf();
    if (result.items.length === 0) return empty(t('dir.noRefusals'));
    return h('ul', { class: 'cards' }, result.items.map((r) => h('li', { class: 'card' },
      h('h3', {}, r.facilityName), h('p', { class: 'muted' }, date(r.decidedAt)), h('p', {}, r.reasons))));
  })]);
}
