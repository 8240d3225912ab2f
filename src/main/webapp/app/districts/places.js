// #/places, no login: places per 1,000 residents per district, against the targets of its plan, each with its source.
import { t, locale } from '../i18n.js';
import { h, load, empty } from '../ui.js';
import { placesPerThousand } from './api.js';

const number = (value) => new Intl.NumberFormat(locale).format(value);

/** Places per 1,000 residents per district, against the targets of its plan, each with its source. */
export async function places(view) {
  const body = h('section', { id: 'places-public' });
  view.replaceChildren(h('h2', {}, t('places.title')), h('p', { class: 'muted' }, t('places.text')), body);
  await load(body, async () => {
    const all = await placesPerThousand();
    if (!all.length) return empty(t('places.empty'));
    return h('ul', { class: 'cards places' }, all.map((d) => {
      const now = d.placesPerThousand == null ? null : Number(d.placesPerThousand);
      return h('li', { class: 'card district', 'data-district': d.districtCode },
        h('h3', {}, d.districtName),
        h('p', { class: now == null ? 'muted' : 'big' }, now == null ? t('places.noPopulation') : t('places.now', { n: now })),
        h('p', { class: 'muted' }, t('places.detail', { p: number(d.places), pop: d.population ? number(d.population) : '—' })),
        d.targets.length ? h('ul', { class: 'rows' }, d.targets.map((target) => {
          const goal = Number(target.placesPerThousand);
          const met = now != null && now >= goal;
          return h('li', { class: 'target' },
            h('strong', {}, t('places.target', { y: target.year, n: goal })), ' ',
            now != null && h('span', { class: `badge ${met ? 'ok' : 'late'}` },
              met ? t('places.met') : t('places.gap', { n: Math.round((goal - now) * 100) / 100 })),
            h('p', { class: 'muted small' }, t('places.source', { s: target.source })));
        })) : h('p', { class: 'muted' }, t('places.noTarget')));
    }));
  });
}
