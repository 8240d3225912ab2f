// #/roster: health staff's home-visit roster of the district: filters kept in the address, assignment, scheduling,
// outcomes as the server allows each visit (actions), the due list, and the CSV export.
import { subject } from '../auth.js';
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, dateTime, saveBlob, chinaDateTime } from '../ui.js';
import { assign, dueChildren, openVisit, recordOutcome, roster as rosterOf, rosterCsv, schedule, staffMembers } from './api.js';
import { badge, span, windowsText } from './parts.js';

// The states to filter by: a list of filter values, not a state machine (what each visit allows comes with it as
// `actions`). No endpoint sends these values; they match RosterQuery.STATES, which validates the filter.
const STATES = ['REQUESTED', 'ASSIGNED', 'SCHEDULED', 'DONE', 'MISSED', 'CANCELLED'];
// The outcome a staff action records, for the actions the server allows on a visit.
const OUTCOMES = { RECORD_DONE: 'DONE', RECORD_ABSENT: 'FAMILY_ABSENT', RECORD_DECLINED: 'DECLINED' };

/** Health staff: the district's home-visit roster with filters, assignment, scheduling, outcomes, due list, CSV. */
export async function roster(view) {
  const me = subject();
  // The district's staff, to pick an assignee from (coordinators only: others may not assign, and get none).
  const members = await staffMembers().catch(() => []);
  const names = new Map(members.map((m) => [m.subject, m.name]));
  const who = (id) => (!id ? t('roster.unassigned') : id === me ? t('roster.me') : names.get(id)
    || t(members.length ? 'roster.formerStaff' : 'roster.colleague'));
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  const state = select('state', [['', t('roster.allStates')], ...STATES.map((s) => [s, t(`visit.state.${s}`)])],
    query.get('state') || '');
  const staff = select('staff', [['', t('roster.anyone')], [me, t('roster.me')],
    ...members.filter((m) => m.subject !== me).map((m) => [m.subject, m.name])], query.get('staff') || '');
  const subDistrict = h('input', { name: 'subDistrict', maxlength: 60, value: query.get('subDistrict') || '' });
  const from = h('input', { type: 'date', name: 'from', value: query.get('from') || '' });
  const to = h('input', { type: 'date', name: 'to', value: query.get('to') || '' });
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: query.get('overdue') === 'true' });
  const results = h('section', { id: 'roster' });
  const due = h('section', { id: 'due' });
  const exportStatus = h('div', { class: 'status' });
  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'export-csv' }, t('roster.export'));

  const filters = () => {
    const q = new URLSearchParams({ size: 100 });
    if (state.value) q.set('state', state.value);
    if (staff.value) q.set('staff', staff.value);
    if (subDistrict.value.trim()) q.set('subDistrict', subDistrict.value.trim());
    if (from.value) q.set('from', from.value);
    if (to.value) q.set('to', to.value);
    if (overdue.checked) q.set('overdue', 'true');
    return q;
  };
  exportButton.addEventListener('click', () => act(exportButton, exportStatus, async () => {
    const q = filters();
    q.delete('size');
    saveBlob(await rosterCsv(q), 'visit-roster.csv');
    return t('roster.exported');
  }));
  const form = h('form', { class: 'filters', id: 'roster-filters', onsubmit: (e) => { e.preventDefault(); search(); } },
    field(t('roster.state'), state), field(t('roster.staff'), staff), field(t('visits.subDistrict'), subDistrict),
    field(t('roster.from'), from), field(t('roster.to'), to), field(t('roster.overdue'), overdue),
    h('button', { type: 'submit' }, t('dir.search')), exportButton, exportStatus);

  // After an action the entry is drawn anew from the answer, with the outcome said and its forms still open.
  function entry(v, message) {
    const status = h('div', { class: 'status' }, message ? notice(message) : '');
    const done = async (work, said) => {
      const updated = await work();
      li.replaceWith(entry(updated, said));
      return null;
    };
    const forms = h('div', {});
    // the server says which actions the visit's state allows (actions); no copy of its state machine here
    const can = new Set(v.actions || []);
    if (can.has('ASSIGN') && members.length) {
      const assignee = select('assignee', [['', t('roster.pickStaff')],
        ...members.map((m) => [m.subject, m.subject === me ? `${m.name}（${t('roster.me')}）` : m.name])], v.assignedTo || '');
      assignee.required = true;
      const assignToMe = h('button', { type: 'button', class: 'secondary' }, t('roster.assignToMe'));
      const assignButton = h('button', { type: 'submit' }, t('roster.assign'));
      assignToMe.addEventListener('click', () => { assignee.value = me; assignButton.click(); });
      forms.append(h('form', { class: 'assign', onsubmit: (e) => {
        e.preventDefault();
        act(assignButton, status, () => done(() => assign(v.id, assignee.value), t('roster.assigned')));
      } }, field(t('roster.assignee'), assignee, t('roster.assigneeHint')), assignButton, assignToMe));
    }
    if (can.has('SCHEDULE')) {
      const first = (v.preferredWindows || [])[0];
      const pick = v.scheduled || first;
      const toLocal = (iso) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600000).toISOString().slice(0, 16) : '');
      const start = h('input', { type: 'datetime-local', name: 'start', value: toLocal(pick && pick.start) });
      const end = h('input', { type: 'datetime-local', name: 'end', value: toLocal(pick && pick.end) });
      const scheduleButton = h('button', { type: 'submit' }, v.scheduled ? t('roster.reschedule') : t('roster.schedule'));
      forms.append(h('form', { class: 'schedule', onsubmit: (e) => {
        e.preventDefault();
        act(scheduleButton, status, () => done(() => schedule(v.id,
          { start: chinaDateTime(start.value), end: chinaDateTime(end.value) }), t('roster.scheduled')));
      } }, h('fieldset', {}, h('legend', {}, t('roster.when')), field(t('window.start'), start),
        field(t('window.end'), end)), scheduleButton));
    }
    // each outcome the server allows, by the action that records it
    const outcomes = Object.entries(OUTCOMES).filter(([action]) => can.has(action)).map(([, o]) => o);
    if (outcomes.length) {
      const outcome = select('outcome', outcomes.map((o) => [o, t(`outcome.${o}`)]), outcomes[0]);
      const topics = h('input', { name: 'topics', maxlength: 500 });
      const notes = h('textarea', { name: 'notes', maxlength: 2000, rows: 2 });
      const record = h('button', { type: 'submit' }, t('roster.record'));
      forms.append(h('form', { class: 'outcome', onsubmit: (e) => {
        e.preventDefault();
        const list = topics.value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
        act(record, status, () => done(() => recordOutcome(v.id,
          { outcome: outcome.value, notes: notes.value.trim() || null, topics: list }), t('roster.recorded')));
      } }, h('fieldset', {}, h('legend', {}, t('roster.outcome')), field(t('roster.outcome'), outcome),
        field(t('roster.topics'), topics, t('roster.topicsHint')), field(t('roster.notes'), notes)), record));
    }
    const li = h('li', { class: 'card visit', 'data-id': v.id, 'data-state': v.state },
      h('h3', {}, v.anonymised ? t('child.anonymised') : `${v.maskedName} · ${t('months', { n: v.ageInMonths })}`),
      h('p', {}, badge(t(`visit.state.${v.state}`), v.state === 'DONE'), ' ',
        v.overdue && h('span', { class: 'badge late' }, t('roster.late')), ' ',
        v.familyResponse && badge(t(`visit.response.${v.familyResponse}`))),
      v.familyNote && h('p', {}, t('roster.familyNote', { note: v.familyNote })),
      h('p', {}, `${v.subDistrict || '—'}${v.address ? ` · ${v.address}` : ''}`),
      h('p', {}, t('visits.preferred', { w: windowsText(v.preferredWindows) })),
      v.scheduled && h('p', { class: 'big' }, t('visits.scheduled', { at: span(v.scheduled.start, v.scheduled.end) })),
      h('p', { class: 'muted' }, t('roster.assignedTo', { who: who(v.assignedTo) }), ' · ',
        t('visits.requestedAt', { at: dateTime(v.requestedAt) })),
      v.outcome && h('p', {}, t('visits.outcome', { o: t(`outcome.${v.outcome}`), topics: (v.topics || []).join('、') })),
      v.outcomeNotes && h('p', { class: 'muted' }, v.outcomeNotes),
      can.size > 0 && h('details', { open: Boolean(message) }, h('summary', {}, t('roster.handle')), forms), status);
    return li;
  }

  async function search() {
    const q = filters();
    q.delete('size');
    history.replaceState(null, '', `#/roster${q.toString() ? `?${q}` : ''}`);
    await load(results, async () => {
      const { items: entries, total } = await rosterOf(filters());
      const count = entries.length < total ? t('roster.countShown', { n: entries.length, total })
        : t('roster.count', { n: total });
      return entries.length ? [h('p', { class: 'muted' }, count),
        h('ul', { class: 'cards' }, entries.map(entry))] : empty(t('roster.empty'));
    });
  }

  async function dueList() {
    await load(due, async () => {
      const { items: kids } = await dueChildren();
      if (!kids.length) return empty(t('due.empty'));
      return h('ul', { class: 'rows' }, kids.map((k) => {
        const status = h('div', { class: 'status' });
        const open = h('button', { type: 'button' }, t('due.open'));
        open.addEventListener('click', () => act(open, status, async () => {
          await openVisit(k.childId, me);
          await Promise.all([search(), dueList()]);
          return '';
        }));
        return h('li', { class: 'due' }, h('strong', {}, k.maskedName), ' · ', t('months', { n: k.ageInMonths }), ' · ',
          t('due.left', { n: k.remainingSessions }), h('div', {}, open), status);
      }));
    });
  }

  view.replaceChildren(h('h2', {}, t('roster.title')), form, results, h('h2', {}, t('due.title')),
    h('p', { class: 'muted' }, t('due.text')), due);
  await Promise.all([search(), dueList()]);
}
