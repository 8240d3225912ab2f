// #/staff-classes: health staff publish a class of the district and see the district's upcoming classes.
import { t } from '../i18n.js';
import { h, field, load, empty, act, chinaDateTime, chinaLocalIn } from '../ui.js';
import { publishClass, upcomingClasses } from './api.js';
import { classFacts, flash, flashed } from './parts.js';

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
        const c = await publishClass({ topic: topic.value.trim(),
          venue: venue.value.trim(), startsAt: chinaDateTime(startsAt.value), endsAt: chinaDateTime(endsAt.value),
          bookingCutoff: cutoff.value ? chinaDateTime(cutoff.value) : null, capacity: Number(capacity.value),
          ageFromMonths: Number(ageFrom.value), ageToMonths: Number(ageTo.value) });
        flash(t('staffClass.published', { topic: c.topic }));
      });
    },
  }, h('h2', {}, t('staffClass.publish')), field(t('staffClass.topic'), topic), field(t('staffClass.venue'), venue),
  field(t('staffClass.startsAt'), startsAt), field(t('staffClass.endsAt'), endsAt),
  field(t('staffClass.cutoff'), cutoff, t('staffClass.cutoffHint')), field(t('staffClass.capacity'), capacity),
  field(t('staffClass.ageFrom'), ageFrom), field(t('staffClass.ageTo'), ageTo), submit, status);
  view.replaceChildren(h('h2', {}, t('staffClass.title')), flashed(), list, h('section', { class: 'card' }, form));
  await load(list, async () => {
    const { items: upcoming } = await upcomingClasses({ size: 100, district: me.district || '' });
    if (!upcoming.length) return empty(t('class.empty'));
    return h('ul', { class: 'cards' }, upcoming.map((c) => h('li', { class: 'card class', 'data-id': c.id },
      h('h3', {}, c.topic), classFacts(c),
      h('a', { class: 'button', href: `#/staff-class/${c.id}` }, t('staffClass.attendees')))));
  });
}
