// #/dead-letters, health staff: deliveries of the district's notices that used their last attempt, with the last
// error, and a button that sends one again with every attempt. Never the recipient or the text.
import { t, has } from '../i18n.js';
import { h, load, empty, act, dateTime } from '../ui.js';
import { deadLetters as deadOf, retry } from './api.js';

const SIZE = 20;
const kindName = (kind) => (has(`notice.kind.${kind}`) ? t(`notice.kind.${kind}`) : kind);

function card(d) {
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const again = h('button', { type: 'button' }, t('dead.retry'));
  again.addEventListener('click', () => act(again, status, async () => {
    await retry(d.id);
    again.remove();
    li.dataset.retried = 'true';
    return t('dead.retried');
  }));
  const li = h('li', { class: 'card dead-letter', 'data-id': d.id },
    h('h3', {}, kindName(d.kind), ' · ', t(`channel.${d.channel}`)),
    h('p', {}, t('dead.attempts', { n: d.attempts }), ' · ', dateTime(d.createdAt)),
    d.lastError && h('p', { class: 'muted last-error', dir: 'auto' }, t('dead.lastError', { e: d.lastError })),
    again, status);
  return li;
}

export async function deadLetters(view) {
  const results = h('div', { id: 'dead-letters' });
  const list = h('ul', { class: 'cards' });
  async function show(page, fresh) {
    if (fresh) list.replaceChildren();
    await load(results, async () => {
      const result = await deadOf(page, SIZE);
      result.items.forEach((d) => list.append(card(d)));
      if (result.total === 0) return empty(t('dead.empty'));
      return [h('p', { class: 'muted' }, t('dead.total', { n: result.total })), list,
        list.children.length < result.total && h('button', { type: 'button', class: 'secondary',
          onclick: () => show(page + 1, false) }, t('more'))];
    });
  }
  view.replaceChildren(h('h2', {}, t('dead.title')), h('p', {}, t('dead.text')), results);
  await show(0, true);
}
