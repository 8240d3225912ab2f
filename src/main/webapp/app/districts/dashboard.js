// #/dashboard: what the APIs can tell health staff about their district: coverage of the entitlements, the funnel of
// each voucher batch, this month's redemptions per facility, and places per 1,000 against the plan.
import { t } from '../i18n.js';
import { h, load, empty, thisMonth } from '../ui.js';
import { coverage as coverageOf } from '../entitlements/api.js';
import { batches, settlement } from '../vouchers/api.js';
import { settlementTable } from '../vouchers/settlement.js';
import { placesPerThousand } from './api.js';
import { barChart } from './chart.js';

export async function dashboard(view, params, me) {
  const funnel = h('section', { id: 'funnel' });
  const facilities = h('section', { id: 'by-facility' });
  const places = h('section', { id: 'places' });
  const coverage = h('section', { id: 'coverage' });
  const month = thisMonth();
  view.replaceChildren(h('h2', {}, t('dash.title')), coverage, funnel, facilities, places);
  const legend = [['s1', t('dash.issued')], ['s2', t('dash.claimed')], ['s3', t('dash.redeemed')], ['s4', t('dash.expired')]];
  await Promise.all([
    load(funnel, async () => {
      const all = await batches();
      if (!all.length) return [h('h3', {}, t('dash.funnel')), empty(t('batch.empty'))];
      return barChart('funnel-chart', t('dash.funnel'), all.map((b) => [b.name, [[b.quantity, 's1', legend[0][1]],
        [b.issued, 's2', legend[1][1]], [b.redeemed, 's3', legend[2][1]], [b.expired, 's4', legend[3][1]]]]), legend);
    }),
    load(facilities, async () => {
      const lines = await settlement(month);
      const title = t('dash.byFacility', { m: month });
      if (!lines.length) return [h('h3', {}, title), empty(t('set.empty'))];
      const byFacility = {};
      lines.forEach((l) => { byFacility[l.facilityName] = (byFacility[l.facilityName] || 0) + l.redemptions; });
      return [barChart('facility-chart', title, Object.entries(byFacility).map(([name, n]) => [name, [[n, 's3', t('dash.redeemed')]]])),
        settlementTable(lines, true)];
    }),
    load(coverage, async () => {
      const lines = await coverageOf(me.district);
      if (!lines.length) return [h('h3', {}, t('dash.coverage')), empty(t('cov.none'))];
      const kind = (l) => t(`cov.${l.serviceKind}`, { from: l.ageFromMonths, to: l.ageToMonths });
      const covLegend = [['s1', t('cov.eligible')], ['s4', t('cov.reserved')], ['s2', t('cov.served')],
        ['s3', t('cov.full')]];
      const rows = lines.map((l) => [kind(l), [[l.eligibleChildren, 's1', covLegend[0][1]],
        [l.childrenWithReserved, 's4', covLegend[1][1]], [l.childrenServed, 's2', covLegend[2][1]],
        [l.childrenFullyServed, 's3', covLegend[3][1]]]]);
      return [barChart('coverage-chart', t('dash.coverage'), rows, covLegend),
        h('p', { class: 'muted small' }, t('cov.explain')),
        h('ul', { class: 'muted small', id: 'coverage-shares' },
          lines.map((l) => h('li', { 'data-kind': l.serviceKind }, t('cov.share', { kind: kind(l), p: Math.round(l.share * 100) }),
            ' ', t('cov.sessions', { r: l.sessionsReserved, c: l.sessionsConsumed }))))];
    }),
    load(places, async () => {
      const all = await placesPerThousand();
      const mine = all.filter((d) => d.districtCode === me.district);
      const shown = mine.length ? mine : all;
      const rows = shown.map((d) => [`${d.districtName}${d.population ? '' : t('dash.noPopulation')}`,
        [[Number(d.placesPerThousand || 0), 's3', t('dash.now')],
          ...d.targets.map((target) => [Number(target.placesPerThousand), 's1', t('dash.target', { y: target.year })])]]);
      const sources = shown.flatMap((d) => d.targets.map((target) => h('li', {}, `${d.districtName} ${t('dash.target', { y: target.year })}：${target.placesPerThousand} — ${target.source}`)));
      return [barChart('places-chart', t('dash.places'), rows, [['s3', t('dash.now')], ['s1', t('dash.target', { y: '' }).trim()]]),
        h('ul', { class: 'muted small' }, sources)];
    }),
  ]);
}
