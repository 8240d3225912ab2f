// #/district-facilities: health staff see every facility of the district, in any standing, paged and filtered by
// standing, and suspend, reinstate or revoke one with reasons.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice } from '../ui.js';
import { changeStanding, districtFacilities as districtFacilitiesFound } from './api.js';

// What health staff may do to a facility in each standing (the server says no to anything else). The server sends
// no allowed actions with a facility yet, so this repeats its rule, and the filter names the standings.
const STANDING_ACTIONS = { FILED: ['SUSPEND', 'REVOKE'], SUSPENDED: ['REINSTATE', 'REVOKE'] };
const STANDINGS = ['FILED', 'SUSPENDED', 'NOT_FILED', 'REVOKED', 'DEREGISTERED'];

/** One facility of the district, with suspend / reinstate / revoke: a reason, then a confirmation. */
function districtFacilityCard(f, refresh) {
  const status = h('div', { class: 'status' });
  const actions = h('div', { class: 'actions' });
  const ask = (action) => {
    const reasons = h('textarea', { name: 'reasons', maxlength: 2000, rows: 3, required: true });
    const confirm = h('button', { type: 'submit', class: action === 'REINSTATE' ? '' : 'danger', 'data-confirm': action },
      t(`standing.confirm.${action}`));
    const cancel = h('button', { type: 'button', class: 'secondary' }, t('cancel'));
    const form = h('form', { class: 'standing-change', onsubmit: (e) => {
      e.preventDefault();
      act(confirm, status, async () => {
        const changed = await changeStanding(f.id, action, reasons.value.trim());
        card.replaceWith(districtFacilityCard(changed, refresh));
        refresh(t('standing.changed', { name: changed.name, s: t(`standing.${changed.standing}`) }));
        return null;
      });
    } }, h('p', { class: 'warning' }, t(`standing.warn.${action}`, { name: f.name })),
    field(t('standing.reasons'), reasons), h('div', { class: 'actions' }, confirm, cancel));
    cancel.addEventListener('click', () => { form.remove(); actions.hidden = false; status.replaceChildren(); });
    actions.hidden = true;
    actions.after(form);
    reasons.focus();
  };
  (STANDING_ACTIONS[f.standing] || []).forEach((action) => actions.append(h('button', { type: 'button',
    class: action === 'REINSTATE' ? '' : 'danger', 'data-action': action, onclick: () => ask(action) },
  t(`standing.action.${action}`))));
  const card = h('li', { class: 'card district-facility', 'data-id': f.id, 'data-standing': f.standing },
    h('h3', {}, f.name, ' ', h('span', { class: f.standing === 'FILED' ? 'badge ok' : 'badge' }, t(`standing.${f.standing}`))),
    h('p', {}, f.address),
    f.filingNumber && h('p', { class: 'muted' }, t('dir.filing', { n: f.filingNumber })),
    h('p', { class: 'muted' }, h('a', { href: `#/district-facility/${f.id}/history` }, t('standing.history'))),
    actions, status);
  return card;
}

/** Health staff: every facility of the district, in any standing, paged and filtered by standing. */
export async function districtFacilities(view) {
  const standing = select('standing', [['', t('standing.all')], ...STANDINGS.map((s) => [s, t(`standing.${s}`)])], '');
  const said = h('div', { class: 'status', id: 'standing-status' });
  const results = h('section', { id: 'district-facilities' });
  const list = h('ul', { class: 'cards' });
  const tell = (message) => said.replaceChildren(notice(message));
  async function search(page, fresh) {
    const query = new URLSearchParams({ page, size: 20 });
    if (standing.value) query.set('standing', standing.value);
    if (fresh) {
      list.replaceChildren();
      said.replaceChildren();
    }
    await load(results, async () => {
      const result = await districtFacilitiesFound(query);
      result.items.forEach((f) => list.append(districtFacilityCard(f, tell)));
      if (result.total === 0) return empty(t('standing.empty'));
      return [h('p', { class: 'muted' }, t('dir.total', { n: result.total })), list,
        list.children.length < result.total && h('button', { type: 'button', class: 'secondary',
          onclick: () => search(page + 1, false) }, t('more'))];
    });
  }
  const form = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); search(0, true); } },
    field(t('fac.standing'), standing), h('button', { type: 'submit' }, t('dir.search')));
  view.replaceChildren(h('h2', {}, t('standing.title')), h('p', { class: 'muted' }, t('standing.text')), form, said,
    results);
  await search(0, true);
}
