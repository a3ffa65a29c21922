// Functions that run INSIDE Chromium (page.evaluate / addInitScript): no closures over Node values.

export interface PageMarks {
  /** responseEnd of the grid's first export-bookings fetch (resource timing), ms since navigation start. */
  dataAt: number | null;
  /** That fetch's URL (the baseline page parses the same answer). */
  dataUrl: string | null;
  /** Every /api/ answer: when it ended and its body size (resource timing, uncompressed here). */
  api: { name: string; end: number; bytes: number }[];
  /** The frame after the first grid row entered the DOM has been produced. */
  firstRowsAt: number | null;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench: PageMarks;
  }
}

/** Installed before the app's scripts run. */
export function installProbes(rowSelector: string) {
  const marks: PageMarks = { dataAt: null, dataUrl: null, api: [], firstRowsAt: null, longTasks: [] };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceResourceTiming[]) {
      if (!e.name.includes('/api/')) continue;
      marks.api.push({ name: e.name, end: e.responseEnd, bytes: e.decodedBodySize });
      if (e.name.includes('/export-bookings?') && marks.dataAt === null) {
        marks.dataAt = e.responseEnd;
        marks.dataUrl = e.name;
      }
    }
  }).observe({ type: 'resource', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask entries are not supported everywhere; frame deltas are the primary figure
  }
  const afterNextFrame = (cb: () => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = cb;
      ch.port2.postMessage(null);
    });
  const mo = new MutationObserver(() => {
    if (marks.firstRowsAt !== null || !document.querySelector(rowSelector)) return;
    mo.disconnect();
    afterNextFrame(() => {
      marks.firstRowsAt = performance.now();
    });
  });
  mo.observe(document, { childList: true, subtree: true });
}

export interface ScrollResult {
  deltas: number[];
  longTasks: number;
  scrolledPx: number;
}

/**
 * Scrolls `selector` one step per animation frame (a fast, steady wheel scroll), then jumps to random
 * positions (dragging the scrollbar), recording the time between consecutive frames.
 */
export async function scrollAndMeasure(args: {
  selector: string;
  steps: number;
  stepPx: number;
  jumps: number;
}) {
  const el = document.querySelector<HTMLElement>(args.selector);
  if (!el) throw new Error(`no element ${args.selector}`);
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const tasksBefore = window.__bench?.longTasks.length ?? 0;
  const deltas: number[] = [];
  let last = await frame();
  const start = el.scrollTop;
  for (let i = 0; i < args.steps + args.jumps; i++) {
    if (i < args.steps) el.scrollTop += args.stepPx;
    else el.scrollTop = Math.floor((((i * 7919) % 1000) / 1000) * (el.scrollHeight - el.clientHeight));
    const t = await frame();
    deltas.push(t - last);
    last = t;
  }
  // Let the last frame's work finish before counting long tasks.
  await frame();
  return {
    deltas,
    longTasks: (window.__bench?.longTasks.length ?? 0) - tasksBefore,
    scrolledPx: el.scrollTop - start,
  } satisfies ScrollResult;
}

/** Time to JSON.parse one answer (the grid's first page), fetched first. */
export async function parseOnly(url: string) {
  const text = await (await fetch(url, { credentials: 'same-origin' })).text();
  const t0 = performance.now();
  JSON.parse(text);
  return { ms: performance.now() - t0, bytes: text.length };
}

/**
 * The naive baseline: fetch every row at once (the list as it was before issue 18), then put ALL of
 * them into a plain table (no virtualisation),
 * inside a scroller of the grid's height. Returns the time from the response's last byte to the frame
 * after the rows were inserted.
 */
export async function plainTable(args: { url: string; cap: number }) {
  const res = await fetch(args.url, { credentials: 'same-origin' });
  const text = await res.text();
  const dataAt = performance.now();
  const all = (JSON.parse(text) as { items: Record<string, unknown>[] }).items;
  const parseMs = performance.now() - dataAt;
  const items = all.slice(0, args.cap);
  const money = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
  const hours = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const style = document.createElement('style');
  style.textContent =
    '#plain-scroller td{height:38px;padding:0 10px;white-space:nowrap;border-bottom:1px solid #ddd}';
  document.head.append(style);
  const scroller = document.createElement('div');
  scroller.id = 'plain-scroller';
  scroller.style.cssText = 'height:440px;overflow:auto;width:1200px;font:14px sans-serif';
  const table = document.createElement('table');
  table.style.cssText = 'width:100%;border-collapse:separate;border-spacing:0';
  const tbody = document.createElement('tbody');
  for (const r of items) {
    const tr = document.createElement('tr');
    const cells = [
      '☐',
      String(r.date),
      String(r.employeeName),
      String(r.taskName ?? '–'),
      String(r.comment),
      hours.format(Number(r.minutes) / 60),
      r.rateCents === null ? '–' : money.format(Number(r.rateCents) / 100),
      r.amountCents === null ? '–' : money.format(Number(r.amountCents) / 100),
    ];
    for (const c of cells) {
      const td = document.createElement('td');
      td.textContent = c;
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  scroller.append(table);
  document.body.replaceChildren(scroller);
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(null);
    }),
  );
  return {
    rows: items.length,
    total: all.length,
    ms: performance.now() - dataAt,
    parseMs,
    bytes: text.length,
  };
}
