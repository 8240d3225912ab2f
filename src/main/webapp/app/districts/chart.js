// A horizontal bar chart in SVG for the dashboard.
import { h } from '../ui.js';

/** A horizontal bar chart in SVG: rows of [label, [value, colour class, legend]...], one bar per value. */
export function barChart(id, title, rows, legend) {
  const max = Math.max(1, ...rows.flatMap(([, bars]) => bars.map((b) => b[0])));
  const barHeight = 14;
  const rowHeight = (rows[0] ? rows[0][1].length : 1) * (barHeight + 2) + 22;
  const width = 340;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(rowHeight * rows.length, 20)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('id', id);
  const add = (tag, attrs, text) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    if (text !== undefined) el.textContent = text;
    return el;
  };
  svg.append(add('title', { id: `${id}-title` }, title));
  rows.forEach(([label, bars], r) => {
    const top = r * rowHeight;
    svg.append(add('text', { x: 0, y: top + 14, class: 'label' }, label));
    bars.forEach(([value, css, name], b) => {
      const y = top + 20 + b * (barHeight + 2);
      const w = Math.max(1, Math.round((value / max) * (width - 80)));
      const bar = add('rect', { x: 0, y, width: w, height: barHeight, class: css });
      bar.append(add('title', {}, `${name}: ${value}`));
      svg.append(bar, add('text', { x: w + 4, y: y + barHeight - 3, class: 'value' }, `${value}`));
    });
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg,
    legend && h('ul', { class: 'legend' }, legend.map(([css, name]) => h('li', {}, h('span', { class: `swatch ${css}` }), name))));
}
