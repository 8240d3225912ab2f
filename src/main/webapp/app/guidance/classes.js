// #/classes, public: upcoming classes; a signed-in parent books a seat for a child or joins the waitlist of a full one.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, refusal, chosenChild, rememberChild } from '../ui.js';
import { children as myChildren } from '../families/api.js';
import { book, joinWaitlist, upcomingClasses } from './api.js';
import { classFacts, flash, flashed } from './parts.js';

/** The signed-in parent's children (none without consent or sign-in). */
async function children(me) {
  if (!me || !me.roles.includes('resident')) return [];
  return myChildren().catch(() => []);
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
          const entry = await joinWaitlist(c.id, child.value);
          flash(t('class.joined', { topic: c.topic, n: entry.position, name }));
        } else {
          await book(c.id, child.value);
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
    ({ items: upcoming } = await upcomingClasses({ size: 50 }));
    return render();
  });
}
