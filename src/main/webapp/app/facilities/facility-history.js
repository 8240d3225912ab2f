// #/district-facility/:id/history: every decision on one facility of the district.
import { t } from '../i18n.js';
import { h, load, empty, dateTime } from '../ui.js';
import { facility as facilityOf, history as historyOf } from './api.js';

/** Health staff: every decision on one facility of the district. */
export async function facilityHistory(view, { id }) {
  const body = h('section', { id: 'facility-history' });
  view.replaceChildren(h('a', { href: '#/district-facilities', class: 'back' }, t('back')), body);
  await load(body, async () => {
    const [facility, history] = await Promise.all([facilityOf(id), historyOf(id)]);
    return [h('h2', {}, facility.name, ' ', h('span', { class: 'badge' }, t(`standing.${facility.standing}`))),
      history.length ? h('ul', { class: 'rows' }, history.map((d) => h('li', {},
        h('strong', {}, t(`decision.${d.action}`)), ' · ', dateTime(d.decidedAt),
        d.hygieneEvaluation && h('p', { class: 'muted' }, t('rev.hygieneRead', { h: t(`hygiene.${d.hygieneEvaluation}`) })),
        d.reasons && h('p', {}, d.reasons))))
        : empty(t('standing.noHistory'))];
  });
}
