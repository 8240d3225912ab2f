// Parents: consent, children, each child's entitlements and vouchers to claim, the voucher to show, history.
import { api, apiBlob } from '../api.js';
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, errorBox, date, dateTime, refusal } from '../ui.js';

async function consentSection() {
  const consent = await api('/api/consents/children-data');
  const section = h('section', { id: 'consent', class: 'card' }, h('h2', {}, t('consent.title')));
  const status = h('div', { class: 'status' });
  if (consent.consented) {
    const withdraw = h('button', { type: 'button', class: 'secondary', id: 'withdraw-consent' }, t('consent.withdraw'));
    // Withdrawal erases children irreversibly: first say which, and what of theirs is cancelled, then ask again.
    withdraw.addEventListener('click', () => act(withdraw, status, async () => {
      status.replaceChildren(confirmWithdrawal(await withdrawalPlan(), status));
    }));
    section.append(h('p', {}, t('consent.given', { at: dateTime(consent.givenAt) })), withdraw, status);
    return { consented: true, section };
  }
  const box = h('input', { type: 'checkbox', id: 'consent-box', name: 'consent' });
  const give = h('button', { type: 'submit', id: 'give-consent' }, t('consent.give'));
  const form = h('form', {
    onsubmit: (e) => {
      e.preventDefault();
      if (!box.checked) {
        status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('consent.mustTick')));
        return;
      }
      act(give, status, async () => {
        await api('/api/consents/children-data', { method: 'PUT',
          body: { noticeVersion: consent.currentNoticeVersion } });
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('p', {}, t('consent.text')), field(t('consent.agree', { v: consent.currentNoticeVersion }), box), give, status);
  section.append(form);
  return { consented: false, section };
}

/** What erasing a child would cancel: a function from child id to counts of its open bookings, places, visits. */
async function openThings() {
  const [bookings, waitlist, visits, vouchers] = await Promise.all([
    api('/api/bookings'), api('/api/waitlist'), api('/api/visits'), api('/api/vouchers')]);
  const now = new Date();
  const count = (list, childId, open) => list.filter((x) => x.childId === childId && open(x)).length;
  return (childId) => ({
    bookings: count(bookings, childId, (b) => b.state === 'BOOKED' && new Date(b.startsAt) > now),
    waitlist: count(waitlist, childId, (w) => w.state === 'WAITING' || w.state === 'OFFERED'),
    visits: count(visits, childId, (v) => ['REQUESTED', 'ASSIGNED', 'SCHEDULED'].includes(v.state)),
    vouchers: count(vouchers, childId, (v) => v.state === 'CLAIMED') });
}

/** Each child as withdrawal treats it (erased or kept), with what would be cancelled for the erased ones. */
async function withdrawalPlan() {
  const [children, open] = await Promise.all([api('/api/consents/children-data/withdrawal'), openThings()]);
  return children.map((c) => ({ ...c, ...open(c.childId) }));
}

function confirmWithdrawal(plan, status) {
  const erased = plan.filter((c) => c.erased);
  const kept = plan.filter((c) => !c.erased);
  const go = h('button', { type: 'button', class: 'danger', id: 'confirm-withdraw' }, t('consent.confirm.go'));
  const keep = h('button', { type: 'button', class: 'secondary', id: 'keep-consent' }, t('consent.confirm.keep'));
  const box = h('div', { id: 'withdraw-confirm', class: 'card warning', role: 'alertdialog',
    'aria-labelledby': 'withdraw-confirm-title' },
  h('p', { id: 'withdraw-confirm-title' }, h('strong', {}, erased.length
    ? t('consent.confirm.erase', { n: erased.length }) : t('consent.confirm.none'))),
  erased.length > 0 && h('ul', {}, erased.map((c) => h('li', { class: 'erased-child' }, t('consent.confirm.child', {
    name: c.maskedName, b: c.bookings, w: c.waitlist, v: c.visits, u: c.vouchers })))),
  kept.length > 0 && h('p', { class: 'muted' }, t('consent.confirm.kept', { names: kept.map((c) => c.maskedName)
    .join(t('listSeparator')) })),
  h('p', {}, t('consent.confirm.stop')),
  h('div', { class: 'actions' }, go, keep));
  keep.addEventListener('click', () => status.replaceChildren());
  go.addEventListener('click', () => act(go, status, async () => {
    await api('/api/consents/children-data', { method: 'DELETE' });
    location.reload();
  }));
  return box;
}

function registerForm(districts) {
  const name = h('input', { name: 'name', required: true, maxlength: 50, autocomplete: 'off' });
  const sex = select('sex', [['FEMALE', t('sex.FEMALE')], ['MALE', t('sex.MALE')]], 'FEMALE');
  const birthDate = h('input', { type: 'date', name: 'birthDate', required: true });
  const documentKind = select('documentKind', [['RESIDENT_ID', t('doc.RESIDENT_ID')],
    ['BIRTH_CERTIFICATE', t('doc.BIRTH_CERTIFICATE')]], 'RESIDENT_ID');
  const documentNumber = h('input', { name: 'documentNumber', required: true, maxlength: 32, autocomplete: 'off' });
  const district = select('districtCode', districts.map((d) => [d.code, `${d.name}（${d.code}）`]),
    districts.length ? districts[0].code : '');
  const relation = select('relation', ['MOTHER', 'FATHER', 'GRANDPARENT', 'OTHER_GUARDIAN']
    .map((r) => [r, t(`relation.${r}`)]), 'MOTHER');
  const submit = h('button', { type: 'submit' }, t('children.register'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'register-child',
    onsubmit: (e) => {
      e.preventDefault();
      act(submit, status, async () => {
        const child = await api('/api/children', { method: 'POST', body: {
          name: name.value.trim(), sex: sex.value, birthDate: birthDate.value, documentKind: documentKind.value,
          documentNumber: documentNumber.value.trim(), districtCode: district.value, relation: relation.value } });
        sessionStorage.setItem('flash', t('child.registered', { name: child.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('children.register')), field(t('child.name'), name), field(t('child.sex'), sex),
  field(t('child.birthDate'), birthDate), field(t('child.documentKind'), documentKind),
  field(t('child.documentNumber'), documentNumber), field(t('child.district'), district),
  field(t('child.relation'), relation), submit, status);
  return h('section', { class: 'card' }, form);
}

/** The second guardian types the code the first one passed on. */
function acceptForm() {
  const code = h('input', { name: 'invitationCode', id: 'invitation-code-input', required: true, maxlength: 36,
    autocomplete: 'off', spellcheck: 'false' });
  const relation = select('relation', ['FATHER', 'MOTHER', 'GRANDPARENT', 'OTHER_GUARDIAN']
    .map((r) => [r, t(`relation.${r}`)]), 'FATHER');
  const submit = h('button', { type: 'submit' }, t('accept.go'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'accept-invitation',
    onsubmit: (e) => {
      e.preventDefault();
      const typed = code.value.trim().toLowerCase();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(typed)) {
        status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('accept.badCode')));
        return;
      }
      act(submit, status, async () => {
        const child = await api(`/api/guardian-invitations/${typed}/acceptance`, { method: 'POST',
          body: { relation: relation.value } });
        sessionStorage.setItem('flash', t('accept.done', { name: child.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('accept.title')), h('p', { class: 'muted' }, t('accept.text')), field(t('accept.code'), code),
  field(t('child.relation'), relation), submit, status);
  return h('section', { class: 'card' }, form);
}

function childCard(c) {
  return h('li', { class: 'card child' },
    h('h3', {}, c.name),
    h('p', {}, `${t(`sex.${c.sex}`)} · ${t('months', { n: c.ageInMonths })} · ${date(c.birthDate)}`),
    h('p', { class: 'muted' }, `${t(`doc.${c.documentKind}`)} ${c.documentNumber}`),
    h('a', { class: 'button', href: `#/child/${c.id}` }, t('child.open')));
}

export async function family(view) {
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const children = h('section', { id: 'children' });
  view.replaceChildren(h('h2', {}, t('children.title')), flash ? notice(flash) : '', children);
  await load(children, async () => {
    const consent = await consentSection();
    // Without consent the API processes no children's data at all, so there is nothing to list.
    const [mine, districts] = consent.consented ? await Promise.all([api('/api/children'), api('/api/districts')])
      : [[], []];
    const list = mine.length ? h('ul', { class: 'cards' }, mine.map(childCard)) : empty(t('children.empty'));
    return [list, consent.section, consent.consented && registerForm(districts), consent.consented && acceptForm()];
  });
}

function entitlementCard(e, districtName) {
  const rule = e.grantedBy;
  return h('li', { class: 'card entitlement' },
    h('h3', {}, t(`kind.${e.serviceKind}`)),
    h('p', { class: 'big' }, t('ent.remaining', { r: e.remaining, g: e.granted })),
    h('meter', { min: 0, max: e.granted, value: e.remaining, 'aria-label': t('ent.remaining', { r: e.remaining, g: e.granted }) }),
    h('p', {}, t('ent.window', { from: date(e.windowStart), to: date(e.validUntil) })),
    h('p', { class: 'muted' }, t('ent.why', { district: districtName(rule.districtCode), v: rule.version, from: date(rule.effectiveFrom),
      a: rule.ageFromMonths, b: rule.ageToMonths, w: t(`window.${rule.window}`), n: rule.sessions })));
}

function batchCard(batch, childId, status) {
  // The server says, for this child, whether it may still claim one (limit reached, sold out, no sessions left).
  const refused = batch.mayClaim === false;
  const claim = !refused && h('button', { type: 'button' }, t('claim.button'));
  if (claim) {
    claim.addEventListener('click', () => act(claim, status, async () => {
      const voucher = await api('/api/vouchers', { method: 'POST', body: { batchId: batch.id, childId } });
      location.hash = `#/voucher/${voucher.id}`;
      return t('claim.done', { name: batch.name });
    }));
  }
  return h('li', { class: 'card batch', 'data-may-claim': String(!refused) }, h('h3', {}, batch.name),
    h('p', {}, t('batch.terms', { h: batch.careHours ?? '—', from: dateTime(batch.claimClosesAt),
      until: dateTime(batch.validUntil) })),
    h('p', { class: 'muted' }, t('claim.left', { n: batch.remaining })),
    refused ? h('p', { class: 'refusal' }, t('eligible.noClaim', { why: refusal(batch.reason) })) : claim);
}

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
        const saved = await api(`/api/children/${kid.id}`, { method: 'PUT', body: {
          name: name.value.trim(), sex: sex.value, birthDate: birthDate.value } });
        sessionStorage.setItem('flash', t('child.saved', { name: saved.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('child.editTitle', { name: kid.name })), h('p', { class: 'muted' }, t('child.editHint')),
  field(t('child.name'), name), field(t('child.sex'), sex), field(t('child.birthDate'), birthDate),
  h('p', { class: 'muted' }, `${t(`doc.${kid.documentKind}`)} ${kid.documentNumber}`), submit, status);
}

/** An invitation code for the other guardian, shown to be passed on. */
function inviteSection(kid) {
  const create = h('button', { type: 'button', id: 'create-invitation' }, t('invite.create'));
  const status = h('div', { class: 'status' });
  const shown = h('div', { id: 'invitation' });
  create.addEventListener('click', () => act(create, status, async () => {
    const invitation = await api(`/api/children/${kid.id}/invitations`, { method: 'POST' });
    shown.replaceChildren(field(t('invite.code'), h('input', { id: 'invitation-code', readonly: true,
      value: invitation.code })), h('p', { class: 'muted' }, t('invite.expires', { at: dateTime(invitation.expiresAt) })));
    return t('invite.created');
  }));
  return h('section', { class: 'card', id: 'invite' }, h('h2', {}, t('invite.title')), h('p', {}, t('invite.text')),
    create, shown, status);
}

/** Removing erases the child for every guardian: first say what goes, then ask again. */
function removeSection(kid) {
  const remove = h('button', { type: 'button', class: 'secondary', id: 'remove-child' }, t('child.remove'));
  const status = h('div', { class: 'status' });
  remove.addEventListener('click', () => act(remove, status, async () => {
    const counts = (await openThings())(kid.id);
    const go = h('button', { type: 'button', class: 'danger', id: 'confirm-remove' }, t('child.removeGo'));
    const keep = h('button', { type: 'button', class: 'secondary', id: 'keep-child' }, t('child.removeKeep'));
    keep.addEventListener('click', () => status.replaceChildren());
    go.addEventListener('click', () => act(go, status, async () => {
      await api(`/api/children/${kid.id}`, { method: 'DELETE' });
      sessionStorage.setItem('flash', t('child.removed'));
      location.hash = '#/family';
    }));
    status.replaceChildren(h('div', { id: 'remove-confirm', class: 'card warning', role: 'alertdialog',
      'aria-labelledby': 'remove-confirm-title' },
    h('p', { id: 'remove-confirm-title' }, h('strong', {}, t('child.removeConfirm', { name: kid.maskedName }))),
    h('p', {}, t('child.removeWhat', { b: counts.bookings, w: counts.waitlist, v: counts.visits, u: counts.vouchers })),
    h('div', { class: 'actions' }, go, keep)));
  }));
  return h('section', { class: 'card', id: 'remove' }, remove, status);
}

function ledgerList(entries) {
  if (!entries.length) return empty(t('ledger.empty'));
  return h('ul', { class: 'rows' }, entries.map((e) => h('li', {},
    h('strong', {}, `${t(`kind.${e.serviceKind}`)} · ${t(`reason.${e.reason}`)}`), ' ',
    h('span', { class: 'badge' }, t(`ledger.state.${e.state}`)), ' ',
    h('span', { class: 'muted' }, dateTime(e.consumedAt || e.releasedAt || e.reservedAt)))));
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
  const kid = await api(`/api/children/${id}`).catch((e) => { view.replaceChildren(errorBox(e)); return null; });
  if (!kid) return;
  title.textContent = t('ent.title', { name: kid.name });
  manage.replaceChildren(inviteSection(kid), h('section', { class: 'card' }, correctionForm(kid)), removeSection(kid));
  await Promise.all([
    load(entitlements, async () => {
      const [list, districts] = await Promise.all([api(`/api/children/${id}/entitlements`),
        api('/api/districts').catch(() => [])]);
      const districtName = (code) => (districts.find((d) => d.code === code) || {}).name || code;
      return list.length ? h('ul', { class: 'cards' }, list.map((e) => entitlementCard(e, districtName)))
        : empty(t('ent.empty'));
    }),
    load(batches, async () => {
      const open = await api(`/api/voucher-batches/open?childId=${encodeURIComponent(id)}`);
      const status = h('div', { class: 'status' });
      if (!open.length) return empty(t('claim.empty'));
      return [h('ul', { class: 'cards' }, open.map((b) => batchCard(b, id, status))), status];
    }),
    load(ledger, async () => ledgerList(await api(`/api/children/${id}/entitlements/ledger`))),
  ]);
}

function voucherCard(v, names) {
  return h('li', { class: `card voucher ${v.state.toLowerCase()}` },
    h('h3', {}, v.batchName),
    h('p', {}, names[v.childId] || '', ' ', h('span', { class: 'badge' }, t(`voucher.state.${v.state}`))),
    h('p', { class: 'muted' }, t('voucher.claimedAt', { at: dateTime(v.claimedAt) }), ' · ',
      t('voucher.validUntil', { at: dateTime(v.validUntil) })),
    v.state === 'CLAIMED' && h('a', { class: 'button', href: `#/voucher/${v.id}` }, t('vouchers.show')));
}

async function childNames() {
  const kids = await api('/api/children');
  return Object.fromEntries(kids.map((k) => [k.id, k.name]));
}

export async function vouchers(view) {
  const list = h('section', { id: 'voucher-list' });
  view.replaceChildren(h('h2', {}, t('vouchers.title')), list);
  await load(list, async () => {
    const [mine, names] = await Promise.all([api('/api/vouchers'), childNames()]);
    const usable = mine.filter((v) => v.state === 'CLAIMED');
    return usable.length ? h('ul', { class: 'cards' }, usable.map((v) => voucherCard(v, names)))
      : empty(t('vouchers.empty'));
  });
}

/** The voucher full-screen: the rotating QR code (renewed before it stops being valid) and the manual code. */
export async function voucher(view, { id }) {
  const v = await api(`/api/vouchers/${id}`);
  if (v.state !== 'CLAIMED') {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' },
      t('voucher.notUsable', { state: t(`voucher.state.${v.state}`) })), h('a', { href: '#/vouchers' }, t('back')));
    return undefined;
  }
  // Whose voucher it is, masked as the counter may see it (the parent may hold several children's vouchers).
  const holder = await api(`/api/children/${v.childId}`).catch(() => null);
  const image = h('img', { id: 'voucher-qr', alt: t('voucher.qr'), width: 300, height: 300 });
  const manual = h('output', { id: 'manual-code', 'aria-label': t('voucher.manual') });
  const hint = h('p', { class: 'muted' });
  const status = h('div', { class: 'status' });
  view.replaceChildren(h('section', { class: 'fullscreen' },
    h('h2', {}, v.batchName),
    holder && h('p', { id: 'voucher-child', class: 'big' }, t('voucher.forChild', { name: holder.maskedName })),
    h('div', { class: 'qr' }, image),
    h('p', {}, t('voucher.manual'), h('br'), manual),
    hint, h('p', {}, t('voucher.validUntil', { at: dateTime(v.validUntil) })), status,
    h('a', { href: '#/vouchers', class: 'back' }, t('back'))));
  document.body.classList.add('presenting');
  let timer = null;
  let stopped = false;
  let url = null;
  async function refresh() {
    try {
      const code = await api(`/api/vouchers/${id}/code`);
      const png = await apiBlob(`/api/vouchers/${id}/code.png`);
      if (stopped) return;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(png);
      image.src = url;
      manual.textContent = code.manualCode;
      hint.textContent = t('voucher.refresh', { n: code.refreshAfterSeconds });
      status.replaceChildren();
      // Renew at the rotation step, and in any case well before the code stops being accepted.
      const untilInvalid = new Date(code.validUntil).getTime() - Date.now() - 10000;
      const next = Math.max(2000, Math.min(code.refreshAfterSeconds * 1000, untilInvalid));
      view.dataset.codeValidUntil = code.validUntil;
      timer = setTimeout(refresh, next);
    } catch (e) {
      if (stopped) return;
      status.replaceChildren(errorBox(e));
      timer = setTimeout(refresh, 5000);
    }
  }
  await refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.body.classList.remove('presenting');
    if (url) URL.revokeObjectURL(url);
  };
}

export async function history(view) {
  const vouchersSection = h('section', { id: 'voucher-history' });
  const ledgers = h('section', { id: 'ledgers' });
  view.replaceChildren(h('h2', {}, t('history.title')), h('h3', {}, t('history.vouchers')), vouchersSection, ledgers);
  await Promise.all([
    load(vouchersSection, async () => {
      const [mine, names] = await Promise.all([api('/api/vouchers'), childNames()]);
      return mine.length ? h('ul', { class: 'cards' }, mine.map((v) => voucherCard(v, names))) : empty(t('noneYet'));
    }),
    load(ledgers, async () => {
      const kids = await api('/api/children');
      const parts = await Promise.all(kids.map(async (k) => [h('h3', {}, `${k.name} · ${t('ledger.title')}`),
        ledgerList(await api(`/api/children/${k.id}/entitlements/ledger`))]));
      return parts.flat();
    }),
  ]);
}
