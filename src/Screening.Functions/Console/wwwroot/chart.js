// A bar chart as inline SVG (no chart library): one bar per version, oldest on the left, the value written above.
const svgNs = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** bars: [{ label, value, title }]; title is the accessible description of the whole chart. */
export function barChart(title, bars, { color = '#0b4f8a' } = {}) {
  const width = 600;
  const height = 200;
  const top = 20;
  const bottom = 40;
  const max = Math.max(1, ...bars.map((bar) => Math.abs(bar.value)));
  const step = width / Math.max(1, bars.length);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, width: '100%' });
  chart.append(svg('title', {}, title));
  chart.append(svg('line', { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, stroke: '#767676' }));
  bars.forEach((bar, index) => {
    const barHeight = ((height - top - bottom) * Math.abs(bar.value)) / max;
    const x = index * step + step * 0.15;
    const y = height - bottom - barHeight;
    chart.append(svg('rect', { x, y, width: step * 0.7, height: barHeight, fill: bar.value < 0 ? '#a4000f' : color }));
    chart.append(svg('text', { x: x + step * 0.35, y: y - 4, 'text-anchor': 'middle' }, bar.value.toLocaleString('en')));
    chart.append(svg('text', { x: x + step * 0.35, y: height - bottom + 14, 'text-anchor': 'middle' }, bar.label));
  });
  return chart;
}
