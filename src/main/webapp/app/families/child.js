// #/child/:id: one child's entitlements, the voucher batches it may claim, its ledger; invite the other guardian,
// correct the child's details, remove the child.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, errorBox } from '../ui.js';
import { districts as allDistricts } from '../districts/api.js';
import { entitlements as entitlementsOf, ledger as ledgerOf } from '../entitlements/api.js';
import { entitlementCard, ledgerList } from '../entitlements/entitlements.js';
import { openBatches } from '../vouchers/api.js';
import { batchCard } from '../vouchers/claim.js';
import { child as childOf, correct, remove } from './api.js';
import { openThings } from './erasure.js';
import { inviteSection } from './invitations.js';

/** Correct name, sex, birth date (the document number stays); the server checks them against the ID number. */
function correctionForm(kid) {
  const name = h('input', { name: 'name', required: true, maxlength: 50, autocomplete: 'off', value: kid.name });
  const sex = select('sex', [['FEMALE', t('sex.FEMALE')], ['MALE', t('sex.MALE')]], kid.sex);
  const birthDate = h('input', { type: 'date', name: 'birthDate', required: true, value: kid.birthDate });
  const submit = h('button', { type: 'submit' }, t('child.save'));
  const status = h('div', { class: 'status' });
  return h('form', {
    id: 'correct-child',
    onsubmit: (e) => {
      e.preventDefault();
      act(submit, status, async () => {
        const saved = await correct(kid.id, { name: name.value.trim(), sex: sex.value, birthDate: birthDate.value });
        sessionStorage.setItem('flash', t('child.saved', { name: saved.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('child.editTitle', { name: kid.name })), h('p', { class: 'muted' }, t('child.editHint')),
  field(t('child.name'), name), field(t('child.sex'), sex), field(t('child.birthDate'), birthDate),
  h('p', { class: 'muted' }, `${t(`doc.${kid.documentKind}`)} ${kid.documentNumber}`), submit, status);
}

/** Removing erases the child for every guardian: first say what goes, then ask again. */
function removeSection(kid) {
  const button = h('button', { type: 'button', class: 'secondary', id: 'remove-child' }, t('child.remove'));
  const status = h('div', { class: 'status' });
  button.addEventListener('click', () => act(button, status, async () => {
    const counts = (await openThings())(kid.id);
    const go = h('button', { type: 'button', class: 'danger', id: 'confirm-remove' }, t('child.removeGo'));
    const keep = h('button', { type: 'button', class: 'secondary', id: 'keep-child' }, t('child.removeKeep'));
    keep.addEventListener('click', () => status.replaceChildren());
    go.addEventListener('click', () => act(go, status, async () => {
      await remove(kid.id);
      sessionStorage.setItem('flash', t('child.removed'));
      location.hash = '#/family';
    }));
    status.replaceChildren(h('div', { id: 'remove-confirm', class: 'card warning', role: 'alertdialog',
      'aria-labelledby': 'remove-confirm-title' },
    h('p', { id: 'remove-confirm-title' }, h('strong', {}, t('child.removeConfirm', { name: kid.maskedName }))),
    h('p', {}, t('child.removeWhat', { b: counts.bookings, w: counts.waitlist, v: counts.visits, u: counts.vouchers })),
    h('div', { class: 'actions' }, go, keep)));
  }));
  return h('section', { class: 'card', id: 'remove' }, button, status);
}

export async function child(view, { id }) {
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const entitlements = h('section', { id: 'entitlements' });
  const batches = h('section', { id: 'claimable' });
  const ledger = h('section', { id: 'ledger' });
  const manage = h('div', { id: 'manage' });
  const title = h('h2', {}, '');
  view.replaceChildren(h('a', { href: '#/family', class: 'back' }, t('back')), flash ? notice(flash) : '', title,
    entitlements, h('h2', {}, t('claim.title')), batches, h('h2', {}, t('ledger.title')), ledger, manage);
  const kid = await childOf(id).catch((e) => { view.replaceChildren(errorBox(e)); return null; });
  if (!kid) return;
  title.textContent = t('ent.title', { name: kid.name });
  manage.replaceChildren(inviteSection(kid), h('section', { class: 'card' }, correctionForm(kid)), removeSection(kid));
  await Promise.all([
    load(entitlements, async () => {
      const [list, districts] = await Promise.all([entitlementsOf(id), allDistricts().catch(() => [])]);
      const districtName = (code) => (districts.find((d) => d.code === code) || {}).name || code;
      return list.length ? h('ul', { class: 'cards' }, list.map((e) => entitlementCard(e, districtName)))
        : empty(t('ent.empty'));
    }),
    load(batches, async () => {
      const open = await openBatches(id);
      const status = h('div', { class: 'status' });
      if (!open.length) return empty(t('claim.empty'));
      return [h('ul', { class: 'cards' }, open.map((b) => batchCard(b, id, status))), status];
    }),
    load(ledger, async () => ledgerList(await ledgerOf(id))),
  ]);
}
