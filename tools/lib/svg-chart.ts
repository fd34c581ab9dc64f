/** A small line chart as SVG text: x on a log scale (article counts), one line per series. */
export interface Series {
  name: string;
  points: { x: number; y: number }[];
}

const COLORS = ['#8b1a1a', '#1a5e8b', '#2e7d32', '#b26a00', '#6a1b9a', '#455a64'];

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

export function lineChart(title: string, yLabel: string, series: Series[]): string {
  const width = 640;
  const height = 360;
  const left = 70;
  const right = 170;
  const top = 40;
  const bottom = 50;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const yMax = Math.max(...ys, 1) * 1.1;
  const lx = (x: number) =>
    xMax === xMin
      ? left
      : left + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (width - left - right);
  const ly = (y: number) => top + (1 - y / yMax) * (height - top - bottom);
  const ticks = [...new Set(xs)].sort((a, b) => a - b);
  const yTicks = Array.from({ length: 5 }, (_, i) => (yMax / 4) * i);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escapeXml(title)}</text>`,
    `<text x="15" y="${height / 2}" transform="rotate(-90 15 ${height / 2})" text-anchor="middle">${escapeXml(yLabel)}</text>`,
    ...yTicks.map(
      (t) =>
        `<line x1="${left}" x2="${width - right}" y1="${ly(t)}" y2="${ly(t)}" stroke="#ddd"/><text x="${left - 6}" y="${ly(t) + 4}" text-anchor="end">${t >= 10 ? Math.round(t) : t.toFixed(1)}</text>`,
    ),
    ...ticks.map(
      (t) =>
        `<text x="${lx(t)}" y="${height - bottom + 18}" text-anchor="middle">${t >= 1000 ? `${t / 1000}k` : t}</text>`,
    ),
    `<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle">articles (log scale)</text>`,
  ];
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const points = [...s.points].sort((a, b) => a.x - b.x);
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map((p) => `${lx(p.x)},${ly(p.y)}`).join(' ')}"/>`,
    );
    for (const p of points) parts.push(`<circle cx="${lx(p.x)}" cy="${ly(p.y)}" r="3" fill="${color}"/>`);
    parts.push(
      `<rect x="${width - right + 15}" y="${top + i * 20}" width="12" height="12" fill="${color}"/><text x="${width - right + 32}" y="${top + i * 20 + 10}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
