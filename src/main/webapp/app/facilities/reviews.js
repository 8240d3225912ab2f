// #/reviews: health staff's list of filing and change applications waiting for a decision.
import { t } from '../i18n.js';
import { h, load, empty, dateTime } from '../ui.js';
import { pendingReviews } from './api.js';

export async function reviews(view) {
  const list = h('section', { id: 'pending' });
  view.replaceChildren(h('h2', {}, t('rev.title')), list);
  await load(list, async () => {
    const page = await pendingReviews();
    if (!page.items.length) return empty(t('rev.empty'));
    return h('ul', { class: 'cards' }, page.items.map((p) => h('li', { class: 'card pending' },
      h('h3', {}, p.facilityName), h('p', {}, t(`app.kind.${p.kind}`), ' · ', t('rev.submittedAt', { at: dateTime(p.submittedAt) })),
      h('a', { class: 'button', href: `#/review/${p.facilityId}/${p.applicationId}` }, t('rev.open')))));
  });
}
