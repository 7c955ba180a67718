/** @file Learning curves as a standalone SVG (no dependencies), one panel per metric family. */

export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
}

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Nice round tick values covering [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** One panel: x = epoch, y = value; finite points only (a diverged run still plots). */
function panel(title: string, all: readonly Series[], x0: number, y0: number, w: number, h: number): string {
  // A series with nothing to draw (no validation split, say) gets no legend entry either.
  const series = all.filter((s) => s.points.some(([, y]) => Number.isFinite(y)));
  const pts = series.flatMap((s) => s.points.filter(([, y]) => Number.isFinite(y)));
  if (pts.length === 0) return '';
  const [xmin, xmax] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  let [ymin, ymax] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  if (ymax === ymin) [ymin, ymax] = [ymin - 0.5, ymax + 0.5];
  const sx = (x: number) => x0 + 50 + ((x - xmin) / Math.max(xmax - xmin, 1e-9)) * (w - 70);
  // The plot area starts below the title and the legend row, so no curve runs under the legend.
  const sy = (y: number) => y0 + h - 30 - ((y - ymin) / (ymax - ymin)) * (h - 80);
  const parts = [`<text x="${x0 + w / 2}" y="${y0 + 18}" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  for (const t of ticks(ymin, ymax)) {
    parts.push(`<line x1="${x0 + 50}" x2="${x0 + w - 20}" y1="${sy(t)}" y2="${sy(t)}" stroke="#ddd"/>`);
    parts.push(`<text x="${x0 + 45}" y="${sy(t) + 4}" text-anchor="end" font-size="11">${t}</text>`);
  }
  for (const t of ticks(xmin, xmax)) parts.push(`<text x="${sx(t)}" y="${y0 + h - 12}" text-anchor="middle" font-size="11">${t}</text>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const d = s.points
      .filter(([, y]) => Number.isFinite(y))
      .map(([x, y], k) => `${k ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    const lx = x0 + 60 + 110 * i;
    parts.push(`<line x1="${lx}" x2="${lx + 18}" y1="${y0 + 32}" y2="${y0 + 32}" stroke="${color}" stroke-width="3"/>`);
    parts.push(`<text x="${lx + 24}" y="${y0 + 36}" font-size="12" fill="#333">${esc(s.name)}</text>`);
  });
  return parts.join('\n');
}

/** A learning-curve SVG: one panel per group (e.g. loss, accuracy), side by side. */
export function learningCurveSvg(title: string, groups: Readonly<Record<string, readonly Series[]>>): string {
  const names = Object.keys(groups).filter((k) => groups[k]!.some((s) => s.points.length > 0));
  const [w, h] = [420, 300];
  const body = names.map((n, i) => panel(n, groups[n]!, i * w, 30, w, h)).join('\n');
  const width = Math.max(1, names.length) * w;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h + 40}" font-family="sans-serif" font-size="13">
<rect width="100%" height="100%" fill="white"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="15">${esc(title)}</text>
${body}
<text x="${width / 2}" y="${h + 36}" text-anchor="middle" font-size="11">epoch</text>
</svg>
`;
}

/** A confusion matrix as an SVG heat map: rows the true class, columns the predicted one, counts in cells. */
export function confusionSvg(cm: readonly (readonly number[])[], names?: readonly string[], title = 'confusion matrix'): string {
  const c = cm.length;
  const labels = cm.map((_, i) => names?.[i] ?? String(i));
  const cell = Math.max(18, Math.min(48, Math.floor(480 / Math.max(c, 1))));
  const left = 30 + 7 * Math.max(...labels.map((l) => l.length), 4);
  const top = 60;
  const size = c * cell;
  const rowMax = cm.map((r) => Math.max(1, r.reduce((a, b) => a + b, 0)));
  const parts = [
    `<text x="${left + size / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
    `<text x="${left + size / 2}" y="${top - 26}" text-anchor="middle" font-size="12">predicted</text>`,
    `<text x="12" y="${top + size / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 12 ${top + size / 2})">true</text>`,
  ];
  cm.forEach((row, i) => {
    parts.push(`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end" font-size="11">${esc(labels[i]!)}</text>`);
    parts.push(`<text x="${left + i * cell + cell / 2}" y="${top - 6}" text-anchor="middle" font-size="11">${esc(labels[i]!)}</text>`);
    row.forEach((v, j) => {
      // Shaded by the share of the true class's samples, so small classes read as clearly as big ones.
      const f = v / rowMax[i]!;
      const shade = Math.round(255 - 200 * f);
      const fill = i === j ? `rgb(${shade},${shade},255)` : `rgb(255,${shade},${shade})`;
      parts.push(`<rect class="cell" x="${left + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="${v === 0 ? '#fafafa' : fill}" stroke="#ccc"><title>true ${esc(labels[i]!)}, predicted ${esc(labels[j]!)}: ${Math.round(v)}</title></rect>`);
      if (cell >= 24) parts.push(`<text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" font-size="${cell >= 36 ? 12 : 9}">${Math.round(v)}</text>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="confusion" width="${left + size + 20}" height="${top + size + 20}" font-family="sans-serif" font-size="13">
<rect width="100%" height="100%" fill="white"/>
${parts.join('\n')}
</svg>
`;
}
