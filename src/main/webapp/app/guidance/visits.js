// #/visits: a parent's home visits: request one (sub-district, address, preferred windows) for a child the server says
// may have one, confirm the scheduled time or ask for another, cancel; the server says which of these each allows.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, dateTime, chinaDateTime, chinaLocalIn, refusal, chosenChild,
  rememberChild } from '../ui.js';
import { children } from '../families/api.js';
import { askReschedule, cancelVisit, confirmVisit, requestVisit, visitEligibility, visits as myVisits } from './api.js';
import { badge, flash, flashed, span, windowsText } from './parts.js';

function windowInputs(prefix, daysAhead, label) {
  // A sensible default: that day, 9:00 to 11:00 China time.
  const day = daysAhead === null ? null : chinaLocalIn(daysAhead).slice(0, 10);
  const start = h('input', { type: 'datetime-local', name: `${prefix}Start`, value: day ? `${day}T09:00` : '' });
  const end = h('input', { type: 'datetime-local', name: `${prefix}End`, value: day ? `${day}T11:00` : '' });
  return { start, end, fields: h('fieldset', {}, h('legend', {}, label), field(t('window.start'), start),
    field(t('window.end'), end)) };
}

const windowOf = ({ start, end }) => (start.value && end.value
  ? { start: chinaDateTime(start.value), end: chinaDateTime(end.value) } : null);

/** A parent's home visits: request one (sub-district, address, preferred windows), confirm, ask again, cancel. */
export async function visits(view) {
  const list = h('section', { id: 'visit-list' });
  const formSection = h('section', { class: 'card' });
  view.replaceChildren(h('h2', {}, t('visits.title')), flashed(), list, formSection);
  const [kids, eligibility] = await Promise.all([children().catch(() => []),
    visitEligibility().catch(() => null)]);
  const nameOf = (id) => (kids.find((k) => k.id === id) || {}).name || '—';
  // The server says which children may request a visit now (entitlement left, none open) and why the others may not;
  // if it could not be asked, every child is offered and the request itself answers.
  const allowed = eligibility ? kids.filter((k) => eligibility.some((e) => e.childId === k.id && e.mayBook)) : kids;
  const refusals = (eligibility || []).filter((e) => !e.mayBook && kids.some((k) => k.id === e.childId))
    .map((e) => h('li', { class: 'refusal' }, t('eligible.noVisit', { name: nameOf(e.childId), why: refusal(e.reason) })));
  const refusalList = refusals.length ? h('ul', { class: 'rows', id: 'visit-refusals' }, refusals) : '';

  if (kids.length && !allowed.length) {
    formSection.append(h('h2', {}, t('visits.request')), h('p', {}, t('eligible.noneVisit')), refusalList);
  } else if (kids.length) {
    const child = select('childId', allowed.map((k) => [k.id, `${k.name}（${t('months', { n: k.ageInMonths })}）`]),
      chosenChild(allowed));
    child.addEventListener('change', () => rememberChild(child.value));
    const subDistrict = h('input', { name: 'subDistrict', required: true, maxlength: 60, autocomplete: 'address-level3' });
    const address = h('textarea', { name: 'address', required: true, maxlength: 300, rows: 2, autocomplete: 'street-address' });
    const first = windowInputs('first', 3, t('visits.window', { n: 1 }));
    const second = windowInputs('second', null, t('visits.window2'));
    const submit = h('button', { type: 'submit' }, t('visits.request'));
    const status = h('div', { class: 'status' });
    formSection.append(h('form', {
      id: 'visit-form',
      onsubmit: (e) => {
        e.preventDefault();
        act(submit, status, async () => {
          const preferredWindows = [windowOf(first), windowOf(second)].filter(Boolean);
          await requestVisit({ childId: child.value, subDistrict: subDistrict.value.trim(),
            address: address.value.trim(), preferredWindows });
          flash(t('visits.requested'));
        });
      },
    }, h('h2', {}, t('visits.request')), refusalList, h('p', { class: 'muted' }, t('visits.privacy')),
    field(t('visits.child'), child),
    field(t('visits.subDistrict'), subDistrict), field(t('visits.address'), address), first.fields, second.fields,
    submit, status));
  } else {
    formSection.append(h('p', { class: 'muted' }, t('class.registerFirst')));
  }

  await load(list, async () => {
    const mine = await myVisits();
    if (!mine.length) return empty(t('visits.empty'));
    return h('ul', { class: 'cards' }, mine.map((v) => {
      const status = h('div', { class: 'status' });
      // the server says what the family may do to this visit now (actions)
      const can = new Set(v.actions || []);
      const actions = h('div', { class: 'actions' });
      if (can.has('CONFIRM')) {
        const confirm = h('button', { type: 'button' }, t('visits.confirm'));
        confirm.addEventListener('click', () => act(confirm, status, async () => {
          await confirmVisit(v.id);
          flash(t('visits.confirmed'));
        }));
        actions.append(confirm);
      }
      if (can.has('ASK_RESCHEDULE')) {
        const note = h('input', { name: 'note', maxlength: 500 });
        const ask = h('button', { type: 'submit', class: 'secondary' }, t('visits.ask'));
        actions.append(h('form', { class: 'inline', onsubmit: (e) => {
          e.preventDefault();
          act(ask, status, async () => {
            await askReschedule(v.id, note.value.trim() || null);
            flash(t('visits.asked'));
          });
        } }, field(t('visits.note'), note), ask));
      }
      if (can.has('CANCEL')) {
        const cancel = h('button', { type: 'button', class: 'danger' }, t('visits.cancel'));
        cancel.addEventListener('click', () => act(cancel, status, async () => {
          await cancelVisit(v.id);
          flash(t('visits.cancelled'));
        }));
        actions.append(cancel);
      }
      return h('li', { class: 'card visit', 'data-state': v.state },
        h('h3', {}, `${t('visits.for', { name: nameOf(v.childId) })}`),
        h('p', {}, badge(t(`visit.state.${v.state}`), v.state === 'SCHEDULED' || v.state === 'DONE'),
          v.familyResponse && ' ', v.familyResponse && badge(t(`visit.response.${v.familyResponse}`))),
        v.scheduled && h('p', { class: 'big' }, t('visits.scheduled', { at: span(v.scheduled.start, v.scheduled.end) })),
        h('p', {}, t('visits.preferred', { w: windowsText(v.preferredWindows) })),
        h('p', { class: 'muted' }, `${v.subDistrict} · ${v.address}`),
        v.outcome && h('p', {}, t('visits.outcome', { o: t(`outcome.${v.outcome}`), topics: (v.topics || []).join('、') })),
        h('p', { class: 'muted small' }, t('visits.requestedAt', { at: dateTime(v.requestedAt) })), actions, status);
    }));
  });
}
