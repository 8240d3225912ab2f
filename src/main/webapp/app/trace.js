// A short record of what the page did — routes, the scan page's camera, submits and answers, taps and layout
// shifts — so that a failing acceptance test can print how the page got where it is. Off unless the test's browser
// asks for it by setting window.__trace = [] before the app loads; then the newest entries are kept there.
const MAX = 400;
const entries = Array.isArray(window.__trace) ? window.__trace : null;

export function trace(event, detail) {
  if (!entries) return;
  entries.push(`${Math.round(performance.now())} ${event}${detail === undefined ? '' : ` ${detail}`}`);
  if (entries.length > MAX) entries.splice(0, entries.length - MAX);
}

const describe = (el) => {
  if (!el || !el.tagName) return String(el);
  const text = (el.textContent || '').trim().slice(0, 10);
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${text ? `"${text}"` : ''}`;
};
const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;

if (entries) {
  // Where a tap landed, and where the scan page's button for the manual code was at that moment.
  for (const type of ['pointerdown', 'click']) {
    document.addEventListener(type, (e) => {
      const button = document.querySelector('#manual-form button');
      trace(type, `${describe(e.target)} at ${Math.round(e.clientX)},${Math.round(e.clientY)} scrollY=${Math.round(scrollY)}`
        + `${button ? ` (manual-code button at ${box(button.getBoundingClientRect())})` : ''}`);
    }, true);
  }
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((shift) => trace('layout-shift', `${shift.value.toFixed(3)} `
      + shift.sources.map((s) => `${describe(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`).join('; '))))
      .observe({ type: 'layout-shift', buffered: true });
  } catch (e) {
    // a browser without layout-shift entries
  }
}
