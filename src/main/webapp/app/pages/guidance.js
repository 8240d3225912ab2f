// Parenting guidance: the public class listing (booking and waitlist for signed-in parents), a family's bookings,
// waitlist offers and calendar, home visits; for health staff publishing classes, attendance and the visit roster.
import { api, apiBlob } from '../api.js';
import { subject } from '../auth.js';
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, dateTime, saveBlob, chinaDateTime, chinaLocalIn, refusal, chosenChild,
  rememberChild } from '../ui.js';

const span = (start, end) => `${dateTime(start)} – ${new Intl.DateTimeFormat(document.documentElement.lang, {
  timeZone: 'Asia/Shanghai', timeStyle: 'short' }).format(new Date(end))}`;
const badge = (text, ok) => h('span', { class: ok ? 'badge ok' : 'badge' }, text);
const refresh = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
const flashed = () => {
  const text = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  return text ? notice(text) : '';
};
const flash = (text) => { sessionStorage.setItem('flash', text); refresh(); };

/** The signed-in parent's children (none without consent or sign-in). */
async function children(me) {
  if (!me || !me.roles.includes('resident')) return [];
  return api('/api/children').catch(() => []);
}

function classFacts(c) {
  return [h('p', {}, h('strong', {}, span(c.startsAt, c.endsAt))),
    h('p', {}, c.venue),
    h('p', {}, t('class.ages', { a: c.ageFromMonths, b: c.ageToMonths }), ' · ',
      c.seatsLeft > 0 ? t('class.seats', { n: c.seatsLeft, c: c.capacity }) : badge(t('class.full'))),
    h('p', { class: 'muted' }, t('class.cutoff', { at: dateTime(c.bookingCutoff) }))];
}

/** Public: upcoming classes; a signed-in parent books a seat for a child or joins the waitlist of a full class. */
export async function classes(view, params, me) {
  const list = h('section', { id: 'class-list' });
  const kids = await children(me);
  // The child chosen last stays chosen across the reload after a booking, so the next one goes to the same child.
  const child = kids.length ? select('childId', kids.map((k) => [k.id, `${k.name}（${t('months', { n: k.ageInMonths })}）`]),
    chosenChild(kids)) : null;
  const intro = !me ? h('p', { class: 'muted' }, t('class.signInToBook'))
    : child ? h('div', { class: 'filters' }, field(t('class.forChild'), child))
      : me.roles.includes('resident') ? h('p', { class: 'muted' }, t('class.registerFirst')) : '';
  view.replaceChildren(h('h2', {}, t('class.title')), flashed(), intro, list);

  function card(c) {
    const status = h('div', { class: 'status' });
    const full = c.seatsLeft <= 0;
    // The server says per child whether it may book this class, and why not, before any tap.
    const verdict = child && (c.children || []).find((e) => e.childId === child.value);
    const refused = verdict && !verdict.mayBook;
    const button = child && !refused && h('button', { type: 'button', class: full ? 'secondary' : null },
      full ? t('class.join') : t('class.book'));
    if (button) {
      button.addEventListener('click', () => act(button, status, async () => {
        rememberChild(child.value);
        const { name } = kids.find((k) => k.id === child.value);
        if (full) {
          const entry = await api(`/api/classes/${c.id}/waitlist`, { method: 'POST', body: { childId: child.value } });
          flash(t('class.joined', { topic: c.topic, n: entry.position, name }));
        } else {
          await api(`/api/classes/${c.id}/bookings`, { method: 'POST', body: { childId: child.value } });
          flash(t('class.booked', { topic: c.topic, name }));
        }
      }));
    }
    return h('li', { class: 'card class', 'data-id': c.id, 'data-may-book': verdict ? String(verdict.mayBook) : null },
      h('h3', {}, c.topic), classFacts(c),
      refused && h('p', { class: 'refusal' }, t('eligible.no', { why: refusal(verdict.reason) })), button, status);
  }

  let upcoming = [];
  const render = () => (upcoming.length ? h('ul', { class: 'cards' }, upcoming.map(card)) : empty(t('class.empty')));
  if (child) {
    child.addEventListener('change', () => {
      rememberChild(child.value);
      list.replaceChildren(render());
    });
  }
  await load(list, async () => {
    upcoming = await api('/api/classes?size=50');
    return render();
  });
}

/** A parent's bookings, waitlist places (with offers to accept) and the calendar (.ics and subscription URL). */
export async function bookings(view) {
  const booked = h('section', { id: 'bookings' });
  const waiting = h('section', { id: 'waitlist' });
  const calendar = h('section', { id: 'calendar', class: 'card' });
  view.replaceChildren(h('h2', {}, t('bookings.title')), flashed(), booked, h('h2', {}, t('waitlist.title')), waiting,
    h('h2', {}, t('calendar.title')), calendar);
  const kids = await api('/api/children').catch(() => []);
  const nameOf = (id) => (kids.find((k) => k.id === id) || {}).name || '—';

  const download = h('button', { type: 'button', id: 'download-ics' }, t('calendar.download'));
  const subscribe = h('button', { type: 'button', class: 'secondary', id: 'subscribe' }, t('calendar.subscribe'));
  const calendarStatus = h('div', { class: 'status' });
  download.addEventListener('click', () => act(download, calendarStatus, async () => {
    saveBlob(await apiBlob('/api/calendar/guidance.ics'), 'guidance.ics');
    return t('calendar.downloaded');
  }));
  subscribe.addEventListener('click', () => act(subscribe, calendarStatus, async () => {
    const { url } = await api('/api/calendar/subscriptions', { method: 'POST' });
    const output = h('input', { id: 'subscription-url', readonly: true, value: url });
    // A new link revokes the earlier one: show only the newest.
    const shown = document.getElementById('subscription');
    if (shown) shown.remove();
    calendarStatus.after(h('div', { id: 'subscription' }, field(t('calendar.url'), output, t('calendar.urlHint'))));
    return t('calendar.subscribed');
  }));
  calendar.append(h('p', {}, t('calendar.text')), h('div', { class: 'actions' }, download, subscribe), calendarStatus);

  await Promise.all([
    load(booked, async () => {
      const mine = await api('/api/bookings');
      if (!mine.length) return [empty(t('bookings.empty')), h('a', { href: '#/classes' }, t('bookings.browse'))];
      return h('ul', { class: 'cards' }, mine.map((b) => {
        const status = h('div', { class: 'status' });
        // Once the class has started, cancelling is closed anyway (the cutoff is never after the start).
        const cancel = b.state === 'BOOKED' && new Date(b.startsAt) > new Date()
          && h('button', { type: 'button', class: 'secondary' }, t('bookings.cancel'));
        if (cancel) {
          cancel.addEventListener('click', () => act(cancel, status, async () => {
            await api(`/api/bookings/${b.id}`, { method: 'DELETE' });
            flash(t('bookings.cancelled', { topic: b.topic }));
          }));
        }
        return h('li', { class: 'card booking', 'data-state': b.state }, h('h3', {}, b.topic),
          h('p', {}, badge(t(`booking.state.${b.state}`), b.state === 'BOOKED' || b.state === 'ATTENDED'), ' ',
            nameOf(b.childId)),
          h('p', {}, h('strong', {}, span(b.startsAt, b.endsAt))), h('p', {}, b.venue), cancel, status);
      }));
    }),
    load(waiting, async () => {
      const mine = await api('/api/waitlist');
      if (!mine.length) return empty(t('waitlist.empty'));
      return h('ul', { class: 'cards' }, mine.map((w) => {
        const status = h('div', { class: 'status' });
        const open = w.state === 'WAITING' || w.state === 'OFFERED';
        const accept = w.state === 'OFFERED' && h('button', { type: 'button' }, t('waitlist.accept'));
        const leave = open && h('button', { type: 'button', class: 'secondary' }, t('waitlist.leave'));
        if (accept) {
          accept.addEventListener('click', () => act(accept, status, async () => {
            await api(`/api/waitlist/${w.id}/acceptance`, { method: 'POST' });
            flash(t('waitlist.accepted', { topic: w.topic }));
          }));
        }
        if (leave) {
          leave.addEventListener('click', () => act(leave, status, async () => {
            await api(`/api/waitlist/${w.id}`, { method: 'DELETE' });
            flash(t('waitlist.left', { topic: w.topic }));
          }));
        }
        return h('li', { class: 'card waitlist', 'data-state': w.state }, h('h3', {}, w.topic),
          h('p', {}, badge(t(`waitlist.state.${w.state}`), w.state === 'OFFERED'), ' ', nameOf(w.childId)),
          h('p', {}, dateTime(w.startsAt)),
          w.state === 'WAITING' && h('p', {}, t('waitlist.position', { n: w.position })),
          w.state === 'OFFERED' && h('p', { class: 'notice' }, t('waitlist.offer', { at: dateTime(w.offerExpiresAt) })),
          h('div', { class: 'actions' }, accept, leave), status);
      }));
    }),
  ]);
}

function windowsText(windows) {
  return (windows || []).map((w) => span(w.start, w.end)).join('；');
}

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
  const [kids, eligibility] = await Promise.all([api('/api/children').catch(() => []),
    api('/api/visits/eligibility').catch(() => null)]);
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
          await api('/api/visits', { method: 'POST', body: { childId: child.value, subDistrict: subDistrict.value.trim(),
            address: address.value.trim(), preferredWindows } });
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
    const mine = await api('/api/visits');
    if (!mine.length) return empty(t('visits.empty'));
    return h('ul', { class: 'cards' }, mine.map((v) => {
      const status = h('div', { class: 'status' });
      // the server says what the family may do to this visit now (actions)
      const can = new Set(v.actions || []);
      const actions = h('div', { class: 'actions' });
      if (can.has('CONFIRM')) {
        const confirm = h('button', { type: 'button' }, t('visits.confirm'));
        confirm.addEventListener('click', () => act(confirm, status, async () => {
          await api(`/api/visits/${v.id}/confirmation`, { method: 'POST' });
          flash(t('visits.confirmed'));
        }));
        const note = h('input', { name: 'note', maxlength: 500 });
        const ask = h('button', { type: 'submit', class: 'secondary' }, t('visits.ask'));
        actions.append(confirm, h('form', { class: 'inline', onsubmit: (e) => {
          e.preventDefault();
          act(ask, status, async () => {
            await api(`/api/visits/${v.id}/reschedule-request`, { method: 'POST', body: { note: note.value.trim() || null } });
            flash(t('visits.asked'));
          });
        } }, field(t('visits.note'), note), ask));
      }
      if (can.has('CANCEL')) {
        const cancel = h('button', { type: 'button', class: 'danger' }, t('visits.cancel'));
        cancel.addEventListener('click', () => act(cancel, status, async () => {
          await api(`/api/visits/${v.id}`, { method: 'DELETE' });
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

/** Health staff: publish a class of the district, see the district's upcoming classes. */
export async function staffClasses(view, params, me) {
  const list = h('section', { id: 'staff-class-list' });
  const topic = h('input', { name: 'topic', required: true, maxlength: 200 });
  const venue = h('input', { name: 'venue', required: true, maxlength: 200 });
  // A sensible default: a week ahead, 9:30 to 11:00 China time.
  const day = chinaLocalIn(7).slice(0, 10);
  const startsAt = h('input', { type: 'datetime-local', name: 'startsAt', required: true, value: `${day}T09:30` });
  const endsAt = h('input', { type: 'datetime-local', name: 'endsAt', required: true, value: `${day}T11:00` });
  const cutoff = h('input', { type: 'datetime-local', name: 'bookingCutoff' });
  const capacity = h('input', { type: 'number', name: 'capacity', min: 1, max: 1000, value: 20, required: true });
  const ageFrom = h('input', { type: 'number', name: 'ageFromMonths', min: 0, max: 36, value: 0, required: true });
  const ageTo = h('input', { type: 'number', name: 'ageToMonths', min: 0, max: 36, value: 12, required: true });
  const submit = h('button', { type: 'submit' }, t('staffClass.publish'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'class-form',
    onsubmit: (e) => {
      e.preventDefault();
      act(submit, status, async () => {
        const c = await api('/api/staff/classes', { method: 'POST', body: { topic: topic.value.trim(),
          venue: venue.value.trim(), startsAt: chinaDateTime(startsAt.value), endsAt: chinaDateTime(endsAt.value),
          bookingCutoff: cutoff.value ? chinaDateTime(cutoff.value) : null, capacity: Number(capacity.value),
          ageFromMonths: Number(ageFrom.value), ageToMonths: Number(ageTo.value) } });
        flash(t('staffClass.published', { topic: c.topic }));
      });
    },
  }, h('h2', {}, t('staffClass.publish')), field(t('staffClass.topic'), topic), field(t('staffClass.venue'), venue),
  field(t('staffClass.startsAt'), startsAt), field(t('staffClass.endsAt'), endsAt),
  field(t('staffClass.cutoff'), cutoff, t('staffClass.cutoffHint')), field(t('staffClass.capacity'), capacity),
  field(t('staffClass.ageFrom'), ageFrom), field(t('staffClass.ageTo'), ageTo), submit, status);
  view.replaceChildren(h('h2', {}, t('staffClass.title')), flashed(), list, h('section', { class: 'card' }, form));
  await load(list, async () => {
    const upcoming = await api(`/api/classes?size=100&district=${encodeURIComponent(me.district || '')}`);
    if (!upcoming.length) return empty(t('class.empty'));
    return h('ul', { class: 'cards' }, upcoming.map((c) => h('li', { class: 'card class', 'data-id': c.id },
      h('h3', {}, c.topic), classFacts(c),
      h('a', { class: 'button', href: `#/staff-class/${c.id}` }, t('staffClass.attendees')))));
  });
}

/** Health staff: a class's bookings with masked names, and attendance once the class has started. */
export async function attendees(view, { id }) {
  const list = h('section', { id: 'attendees' });
  const head = h('div', {});
  view.replaceChildren(h('a', { href: '#/staff-classes', class: 'back' }, t('back')), head, flashed(), list);
  await load(head, async () => {
    const c = await api(`/api/classes/${id}`);
    return [h('h2', {}, c.topic), classFacts(c)];
  });
  await load(list, async () => {
    const people = await api(`/api/staff/classes/${id}/attendees`);
    if (!people.length) return empty(t('attendees.empty'));
    return h('ul', { class: 'rows' }, people.map((p) => {
      const status = h('div', { class: 'status' });
      const buttons = ['BOOKED', 'ATTENDED', 'NO_SHOW'].includes(p.state) ? [true, false].map((attended) => {
        const b = h('button', { type: 'button', class: attended ? null : 'secondary', 'data-attended': String(attended) },
          t(attended ? 'attendees.attended' : 'attendees.noShow'));
        b.addEventListener('click', () => act(b, status, async () => {
          await api(`/api/staff/classes/${id}/bookings/${p.bookingId}/attendance`, { method: 'PUT', body: { attended } });
          flash(t('attendees.recorded', { name: p.anonymised ? t('child.anonymised') : p.maskedName }));
        }));
        return b;
      }) : [];
      return h('li', { class: 'attendee', 'data-state': p.state },
        p.anonymised ? h('strong', {}, t('child.anonymised')) : [h('strong', {}, p.maskedName), ' · ',
          t('months', { n: p.ageInMonths })], ' ',
        badge(t(`booking.state.${p.state}`), p.state === 'ATTENDED'), h('div', { class: 'actions' }, buttons), status);
    }));
  });
}

const STATES = ['REQUESTED', 'ASSIGNED', 'SCHEDULED', 'DONE', 'MISSED', 'CANCELLED'];

/** Health staff: the district's home-visit roster with filters, assignment, scheduling, outcomes, due list, CSV. */
export async function roster(view) {
  const me = subject();
  // The district's staff, to pick an assignee from (coordinators only: others may not assign, and get none).
  const members = await api('/api/staff/members').catch(() => []);
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
    saveBlob(await apiBlob(`/api/staff/visits/export?${q}`), 'visit-roster.csv');
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
      const assign = h('button', { type: 'submit' }, t('roster.assign'));
      assignToMe.addEventListener('click', () => { assignee.value = me; assign.click(); });
      forms.append(h('form', { class: 'assign', onsubmit: (e) => {
        e.preventDefault();
        act(assign, status, () => done(() => api(`/api/staff/visits/${v.id}/assignee`, { method: 'PUT',
          body: { assignee: assignee.value } }), t('roster.assigned')));
      } }, field(t('roster.assignee'), assignee, t('roster.assigneeHint')), assign, assignToMe));
    }
    if (can.has('SCHEDULE')) {
      const first = (v.preferredWindows || [])[0];
      const pick = v.scheduled || first;
      const toLocal = (iso) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600000).toISOString().slice(0, 16) : '');
      const start = h('input', { type: 'datetime-local', name: 'start', value: toLocal(pick && pick.start) });
      const end = h('input', { type: 'datetime-local', name: 'end', value: toLocal(pick && pick.end) });
      const schedule = h('button', { type: 'submit' }, v.scheduled ? t('roster.reschedule') : t('roster.schedule'));
      forms.append(h('form', { class: 'schedule', onsubmit: (e) => {
        e.preventDefault();
        act(schedule, status, () => done(() => api(`/api/staff/visits/${v.id}/schedule`, { method: 'PUT',
          body: { start: chinaDateTime(start.value), end: chinaDateTime(end.value) } }), t('roster.scheduled')));
      } }, h('fieldset', {}, h('legend', {}, t('roster.when')), field(t('window.start'), start),
        field(t('window.end'), end)), schedule));
    }
    if (can.has('RECORD_DONE')) {
      const outcome = select('outcome', ['DONE', 'FAMILY_ABSENT', 'DECLINED'].map((o) => [o, t(`outcome.${o}`)]), 'DONE');
      const topics = h('input', { name: 'topics', maxlength: 500 });
      const notes = h('textarea', { name: 'notes', maxlength: 2000, rows: 2 });
      const record = h('button', { type: 'submit' }, t('roster.record'));
      forms.append(h('form', { class: 'outcome', onsubmit: (e) => {
        e.preventDefault();
        const list = topics.value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
        act(record, status, () => done(() => api(`/api/staff/visits/${v.id}/outcome`, { method: 'PUT',
          body: { outcome: outcome.value, notes: notes.value.trim() || null, topics: list } }), t('roster.recorded')));
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
      open && h('details', { open: Boolean(message) }, h('summary', {}, t('roster.handle')), forms), status);
    return li;
  }

  async function search() {
    const q = filters();
    q.delete('size');
    history.replaceState(null, '', `#/roster${q.toString() ? `?${q}` : ''}`);
    await load(results, async () => {
      const entries = await api(`/api/staff/visits?${filters()}`);
      return entries.length ? [h('p', { class: 'muted' }, t('roster.count', { n: entries.length })),
        h('ul', { class: 'cards' }, entries.map(entry))] : empty(t('roster.empty'));
    });
  }

  async function dueList() {
    await load(due, async () => {
      const kids = await api('/api/staff/visits/due?size=50');
      if (!kids.length) return empty(t('due.empty'));
      return h('ul', { class: 'rows' }, kids.map((k) => {
        const status = h('div', { class: 'status' });
        const open = h('button', { type: 'button' }, t('due.open'));
        open.addEventListener('click', () => act(open, status, async () => {
          await api('/api/staff/visits', { method: 'POST', body: { childId: k.childId, assignee: me } });
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
