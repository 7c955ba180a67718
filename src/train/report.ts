/**
 * @file report.html: one self-contained page per run (no network, no external scripts). The run's
 * data is embedded as JSON and drawn by the page's own script: learning curves with the best epoch
 * and early stopping marked, the learning rate, hyper-parameters, the data set, the confusion
 * matrix, per-class report, and sample predictions. While training runs the page polls
 * `metrics.js` (a sibling script calling `dlcLive(records)`, which a file:// page may load where
 * fetch is blocked) or `metrics.jsonl` over http, and redraws when a new epoch arrives.
 */
import type { EpochRecord } from './outputs.ts';
import type { SampleView } from './report-samples.ts';
import { confusionSvg } from './plot.ts';
import { classificationReport, confusionStats } from './metrics.ts';

export interface ReportData {
  readonly title: string;
  readonly history: readonly EpochRecord[];
  /** False while training runs: the page keeps polling for new epochs. */
  readonly done: boolean;
  readonly bestEpoch?: number | null;
  readonly stoppedEarly?: boolean;
  readonly test?: Readonly<Record<string, number>>;
  readonly confusion?: readonly (readonly number[])[];
  readonly classNames?: readonly string[];
  readonly hyper?: Readonly<Record<string, string | number | boolean>>;
  readonly dataset?: Readonly<Record<string, string | number>>;
  readonly classBalance?: readonly number[];
  readonly samples?: SampleView;
  /** Several runs' histories overlaid (`dlc compare`); replaces `history` in the curves. */
  readonly runs?: readonly { readonly name: string; readonly history: readonly EpochRecord[] }[];
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** JSON safe inside a <script> element. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}

/** The live-update script a run rewrites each epoch next to report.html. */
export function liveScript(history: readonly EpochRecord[]): string {
  return `dlcLive(${scriptJson(history)});\n`;
}

function table(rows: readonly (readonly [string, string])[], cls: string): string {
  return `<table class="${cls}">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
}

export function reportHtml(d: ReportData): string {
  const cm = d.confusion;
  const stats = cm ? confusionStats(cm) : undefined;
  const sections: string[] = [];
  sections.push(`<section id="curves"><h2>Learning curves</h2><div id="curve-panels"></div><p id="live-status" class="muted"></p></section>`);
  if (d.test && Object.keys(d.test).length) sections.push(`<section id="test"><h2>Test results</h2>${table(Object.entries(d.test).map(([k, v]) => [k, fmt(v)]), 'kv')}</section>`);
  if (cm && stats) {
    sections.push(`<section id="confusion"><h2>Confusion matrix (test)</h2>${confusionSvg(cm, d.classNames)}<h3>Per-class report</h3><pre id="class-report">${esc(classificationReport(cm, d.classNames))}</pre></section>`);
  }
  if (d.samples) sections.push(`<section id="samples"><h2>Sample predictions (test)</h2><div id="sample-grid"></div></section>`);
  if (d.hyper) sections.push(`<section id="hyper"><h2>Hyper-parameters</h2>${table(Object.entries(d.hyper).map(([k, v]) => [k, String(v)]), 'kv')}</section>`);
  if (d.dataset) {
    const balance = d.classBalance ? `<h3>Class balance (training)</h3><div id="balance"></div>` : '';
    sections.push(`<section id="dataset"><h2>Data set</h2>${table(Object.entries(d.dataset).map(([k, v]) => [k, String(v)]), 'kv')}${balance}</section>`);
  }
  const data = { ...d, confusion: undefined };
  return `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${esc(d.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
h1{margin-bottom:0}.muted{color:#777;font-size:13px}section{margin:1.5em 0}
table.kv th{text-align:left;font-weight:normal;color:#555;padding:2px 14px 2px 0}table.kv td{font-family:monospace}
.grid{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ddd;border-radius:6px;padding:6px;font-size:12px;text-align:center;min-width:90px}
.card.wrong{border-color:#d62728;background:#fff5f5}.card canvas{image-rendering:pixelated;width:84px;height:84px;display:block;margin:0 auto 4px}
pre{background:#f7f7f7;padding:8px;display:inline-block}
</style></head>
<body><h1>${esc(d.title)}</h1><p class="muted" id="summary"></p>
${sections.join('\n')}
<script>window.DLC_REPORT = ${scriptJson(data)};</script>
<script>${CLIENT}</script>
</body></html>
`;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toFixed(4) : v.toExponential(3);
}

/** The page's script: plain ES2017, no libraries; draws curves, samples and the class balance. */
const CLIENT = String.raw`
(function () {
  var R = window.DLC_REPORT;
  var COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
  function el(tag, attrs, text) { var e = document.createElementNS(tag === 'svg' || tag === 'path' || tag === 'line' || tag === 'text' || tag === 'rect' || tag === 'circle' || tag === 'g' ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag); for (var k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
  function ticks(lo, hi) { if (!(hi > lo)) return [lo]; var raw = (hi - lo) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw))); var step = [1, 2, 5, 10].map(function (m) { return m * mag; }).find(function (s) { return s >= raw; }); var out = []; for (var v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(6))); return out; }
  function fmt(v) { return Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toFixed(4) : v.toExponential(3); }
  function panel(title, series, marks) {
    var W = 420, H = 280, svg = el('svg', { width: W, height: H, class: 'panel', 'data-metric': title, 'font-family': 'sans-serif', 'font-size': 12 });
    series = series.filter(function (s) { return s.points.some(function (p) { return isFinite(p[1]); }); });
    var legendRows = Math.ceil(series.length / 3), top = 14 * (legendRows - 1);
    var pts = []; series.forEach(function (s) { s.points.forEach(function (p) { if (isFinite(p[1])) pts.push(p); }); });
    if (!pts.length) return null;
    var xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    if (y1 === y0) { var pad = Math.abs(y0) * 0.1 || 0.5; y0 -= pad; y1 += pad; }
    var sx = function (x) { return 55 + (x - x0) / Math.max(x1 - x0, 1e-9) * (W - 75); }, sy = function (y) { return H - 30 - (y - y0) / (y1 - y0) * (H - 80 - top); };
    svg.appendChild(el('text', { x: W / 2, y: 16, 'text-anchor': 'middle', 'font-weight': 'bold' }, title));
    ticks(y0, y1).forEach(function (t) { svg.appendChild(el('line', { x1: 55, x2: W - 20, y1: sy(t), y2: sy(t), stroke: '#e5e5e5' })); svg.appendChild(el('text', { x: 50, y: sy(t) + 4, 'text-anchor': 'end', 'font-size': 10 }, String(t))); });
    ticks(x0, x1).filter(function (t) { return Number.isInteger(t); }).forEach(function (t) { svg.appendChild(el('text', { x: sx(t), y: H - 12, 'text-anchor': 'middle', 'font-size': 10 }, String(t))); });
    (marks || []).forEach(function (m) { if (m.x < x0 || m.x > x1) return; svg.appendChild(el('line', { x1: sx(m.x), x2: sx(m.x), y1: 40 + top, y2: H - 30, stroke: m.color, 'stroke-dasharray': '4 3', class: 'mark-' + m.kind })); svg.appendChild(el('text', { x: sx(m.x) + 3, y: 48 + top, 'font-size': 10, fill: m.color }, m.label)); });
    series.forEach(function (s, i) {
      var c = COLORS[i % COLORS.length], d = s.points.filter(function (p) { return isFinite(p[1]); }).map(function (p, k) { return (k ? 'L' : 'M') + sx(p[0]).toFixed(1) + ',' + sy(p[1]).toFixed(1); }).join(' ');
      svg.appendChild(el('path', { d: d, fill: 'none', stroke: c, 'stroke-width': 2, class: 'curve' }));
      s.points.forEach(function (p) { if (isFinite(p[1])) svg.appendChild(el('circle', { cx: sx(p[0]), cy: sy(p[1]), r: 2.5, fill: c })); });
      var lx = 60 + 120 * (i % 3), ly = 30 + 14 * Math.floor(i / 3);
      svg.appendChild(el('line', { x1: lx, x2: lx + 18, y1: ly, y2: ly, stroke: c, 'stroke-width': 3 }));
      svg.appendChild(el('text', { x: lx + 22, y: ly + 4, 'font-size': 11 }, s.name));
    });
    return svg;
  }
  function metricsOf(history) { var keys = {}; history.forEach(function (r) { Object.keys(r).forEach(function (k) { if (k !== 'epoch' && k !== 'step' && typeof r[k] === 'number') keys[k.replace(/^val_/, '')] = 1; }); }); var ks = Object.keys(keys).filter(function (k) { return k !== 'lr' && k !== 'loss'; }); return (keys.loss ? ['loss'] : []).concat(ks, keys.lr ? ['lr'] : []); }
  function series(history, key, name) { return { name: name, points: history.filter(function (r) { return typeof r[key] === 'number'; }).map(function (r) { return [r.epoch, r[key]]; }) }; }
  function drawCurves() {
    var box = document.getElementById('curve-panels'); box.innerHTML = '';
    var runs = R.runs || [{ name: '', history: R.history }];
    var marks = [];
    if (!R.runs && R.bestEpoch) marks.push({ x: R.bestEpoch, label: 'best', color: '#2ca02c', kind: 'best' });
    if (!R.runs && R.stoppedEarly && R.history.length) marks.push({ x: R.history[R.history.length - 1].epoch, label: 'early stop', color: '#d62728', kind: 'stop' });
    var all = []; runs.forEach(function (r) { all = all.concat(r.history); });
    metricsOf(all).forEach(function (m) {
      var ss = [];
      runs.forEach(function (r) { var p = r.name ? r.name + ' ' : ''; ss.push(series(r.history, m, p + (m === 'lr' ? 'learning rate' : 'train'))); if (m !== 'lr') ss.push(series(r.history, 'val_' + m, p + 'validation')); });
      var svg = panel(m === 'lr' ? 'learning rate' : m, ss, marks); if (svg) box.appendChild(svg);
    });
    var last = R.history[R.history.length - 1];
    document.getElementById('summary').textContent = R.runs ? R.runs.length + ' runs compared' : (last ? 'epoch ' + last.epoch + (R.bestEpoch ? ' · best epoch ' + R.bestEpoch : '') + (R.stoppedEarly ? ' · stopped early' : '') + (R.done ? '' : ' · training…') : 'no epoch finished yet');
  }
  function canvasOf(px, shape) {
    var c = document.createElement('canvas'); c.width = shape.w; c.height = shape.h; var g = c.getContext('2d'), img = g.createImageData(shape.w, shape.h);
    for (var i = 0; i < shape.w * shape.h; i++) { for (var k = 0; k < 3; k++) img.data[4 * i + k] = px[i * shape.c + (shape.c === 3 ? k : 0)]; img.data[4 * i + 3] = 255; }
    g.putImageData(img, 0, 0); return c;
  }
  function label(k) { return R.samples.classNames && R.samples.classNames[k] !== undefined ? R.samples.classNames[k] : String(k); }
  function card(s) {
    var d = document.createElement('div'); d.className = 'card sample' + (s.truth === s.guess ? '' : ' wrong');
    if (s.pixels && R.samples.image) d.appendChild(canvasOf(s.pixels, R.samples.image));
    d.appendChild(document.createTextNode('true ' + label(s.truth) + ' · pred ' + label(s.guess)));
    d.appendChild(document.createElement('br')); d.appendChild(document.createTextNode('p=' + s.pGuess.toFixed(3))); return d;
  }
  function drawSamples() {
    var S = R.samples, box = document.getElementById('sample-grid'); if (!S || !box) return;
    function grid(title, items) { var h = document.createElement('h3'); h.textContent = title; box.appendChild(h); var g = document.createElement('div'); g.className = 'grid'; items.forEach(function (x) { g.appendChild(x); }); box.appendChild(g); }
    if (S.kind === 'classification') { grid('First test samples', S.first.map(card)); grid('Most confident mistakes', S.mistakes.map(card)); }
    if (S.kind === 'autoencoder') grid('Input → reconstruction', S.reconstructions.map(function (r) { var d = document.createElement('div'); d.className = 'card sample'; d.appendChild(canvasOf(r.input, S.image)); d.appendChild(canvasOf(r.output, S.image)); return d; }));
    if (S.kind === 'generated') {
      (S.generated || []).forEach(function (g) {
        var items;
        if (S.image) items = g.samples.map(function (px) { var d = document.createElement('div'); d.className = 'card sample gen'; d.appendChild(canvasOf(px, S.image)); return d; });
        else items = [scatter2d(g.samples, S.real || [])];
        grid('Generated after epoch ' + g.epoch, items);
      });
    }
    if (S.kind === 'regression') {
      var W = 360, svg = el('svg', { width: W, height: W, class: 'scatter', 'font-size': 11 }), v = []; S.pairs.forEach(function (p) { v.push(p[0], p[1]); });
      var lo = Math.min.apply(null, v), hi = Math.max.apply(null, v); if (hi === lo) hi = lo + 1; var s = function (x) { return 40 + (x - lo) / (hi - lo) * (W - 60); };
      svg.appendChild(el('line', { x1: s(lo), y1: W - s(lo), x2: s(hi), y2: W - s(hi), stroke: '#aaa', 'stroke-dasharray': '4 3' }));
      S.pairs.forEach(function (p) { svg.appendChild(el('circle', { cx: s(p[0]), cy: W - s(p[1]), r: 2.5, fill: '#1f77b4', 'fill-opacity': 0.6 })); });
      svg.appendChild(el('text', { x: W / 2, y: W - 4, 'text-anchor': 'middle' }, 'true')); svg.appendChild(el('text', { x: 10, y: W / 2, transform: 'rotate(-90 10 ' + W / 2 + ')', 'text-anchor': 'middle' }, 'predicted'));
      grid('Predicted vs true', [svg]);
    }
  }
  function scatter2d(gen, real) {
    var W = 260, svg = el('svg', { width: W, height: W, class: 'scatter gen', 'font-size': 11 }), v = [];
    gen.concat(real).forEach(function (p) { v.push(p[0], p.length > 1 ? p[1] : 0); });
    var lo = Math.min.apply(null, v), hi = Math.max.apply(null, v); if (hi === lo) hi = lo + 1; var s = function (x) { return 10 + (x - lo) / (hi - lo) * (W - 20); };
    real.forEach(function (p) { svg.appendChild(el('circle', { cx: s(p[0]), cy: W - s(p.length > 1 ? p[1] : 0), r: 2, fill: '#aaa' })); });
    gen.forEach(function (p) { svg.appendChild(el('circle', { cx: s(p[0]), cy: W - s(p.length > 1 ? p[1] : 0), r: 3, fill: '#ff7f0e' })); });
    return svg;
  }
  function drawBalance() {
    var box = document.getElementById('balance'); if (!box || !R.classBalance) return; var max = Math.max.apply(null, R.classBalance.concat([1]));
    R.classBalance.forEach(function (n, k) { var row = document.createElement('div'); row.className = 'bar'; row.style.font = '12px monospace'; row.textContent = (R.classNames && R.classNames[k] || String(k)) + ' ' + '█'.repeat(Math.round(30 * n / max)) + ' ' + n; box.appendChild(row); });
  }
  function flat(r) { if (!r.losses) return r; var o = { epoch: r.epoch, step: r.iterations }; Object.keys(r.losses).forEach(function (k) { o[k + '_loss'] = r.losses[k]; }); return o; }
  window.dlcLive = function (history) { history = history.map(flat); if (history.length !== R.history.length) { R.history = history; drawCurves(); } };
  function poll() {
    if (R.done || R.runs) return;
    document.getElementById('live-status').textContent = 'live: re-reading metrics every 2 s';
    if (location.protocol === 'file:') { var s = document.createElement('script'); s.src = 'metrics.js?t=' + Date.now(); s.onload = s.onerror = function () { s.remove(); }; document.body.appendChild(s); }
    else fetch('metrics.jsonl', { cache: 'no-store' }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (t) { var h = t.split('\n').filter(Boolean).map(function (l) { return JSON.parse(l); }); if (h.length) window.dlcLive(h); }).catch(function () {});
  }
  drawCurves(); drawSamples(); drawBalance();
  if (!R.done && !R.runs) setInterval(poll, 2000);
})();
`;
