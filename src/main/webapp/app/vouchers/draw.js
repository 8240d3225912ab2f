// #/draws/<batch id>: a lottery batch's public draw, without login: the commitment published with the batch, and once
// drawn the seed, the algorithm and the ordered pseudonymous application ids, so anyone can check it (and a family
// can find its own application id, shown on its card).
import { t } from '../i18n.js';
import { h, load, dateTime, scrolling } from '../ui.js';
import { publicDraw } from './api.js';

export async function draw(view, params) {
  const body = h('section', { id: 'draw' });
  view.replaceChildren(h('h2', {}, t('draw.title')), body);
  await load(body, async () => {
    const d = await publicDraw(params.id);
    const parts = [h('h3', {}, d.name), h('p', { class: 'commitment' }, t('draw.commitment', { c: d.commitment }))];
    if (!d.drawn) {
      parts.push(h('p', {}, t('draw.notYet', { at: dateTime(d.drawAt) })));
    } else {
      parts.push(h('p', { class: 'seed' }, t('draw.seed', { s: d.seed })),
        scrolling(t('draw.title'), h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, t('draw.position')), h('th', {}, t('draw.tier')),
            h('th', {}, t('draw.application')))),
          h('tbody', {}, d.entries.map((e) => h('tr', { 'data-application': e.applicationId },
            h('td', {}, e.position), h('td', {}, e.tier), h('td', {}, h('code', {}, e.applicationId))))))));
    }
    parts.push(h('h3', {}, t('draw.algorithm')), h('p', { class: 'muted', lang: 'en' }, d.algorithm),
      h('p', {}, t('draw.verify')));
    return parts;
  });
}
