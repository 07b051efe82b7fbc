// Opens one page of every page kind of each built site in Debian's headless Chromium at 320, 390
// and 1280 px and checks what a reader on a phone needs:
//  - the page never scrolls sideways (only a table's own labelled scroll region may);
//  - axe-core finds no WCAG 2.0/2.1 A or AA violation;
//  - the report's project cards show number, name, status, budget, disbursed and remark;
//  - every menu link can be reached (inside the viewport or its own scroll strip);
//  - a Thai word never breaks across two lines, and on English pages Thai runs say lang="th";
//  - every chart's text is at least 12 px tall as drawn (the narrow drawing on phones), inside
//    its chart, not over another text; a plan whose budget is all zero says so in its chart;
//  - every page with its CSS, fonts, images and scripts is under 100 KB;
//  - the No Gift Policy banner's text lines up with the page's content.
// Usage: node pages_test.mjs [--shots DIR] SITE_OUTPUT...
// With --shots, a screenshot of each page at 320 and 1280 px, cut to a sensible height.
// Pages are served over HTTP from a server of this script (file:// would not load what a real
// visit loads), one browser and one page for all checks, so the whole run stays short.
import { chromium } from 'playwright-core';
import { serveSites } from './site_server.mjs';
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
// What an empty budget chart says, in the theme's words.
const i18n = (lang) => JSON.parse(readFileSync(join(here, `../../themes/default/i18n/${lang}.json`), 'utf8'));
const emptyBudget = { th: i18n('th').plan.chart_empty, en: i18n('en').plan.chart_empty };

const args = process.argv.slice(2);
let shotsDir = null;
if (args[0] === '--shots') {
  shotsDir = resolve(args[1]);
  args.splice(0, 2);
  mkdirSync(shotsDir, { recursive: true });
}
const sites = args.map((a) => resolve(a));
if (sites.length === 0) {
  console.error('usage: node pages_test.mjs [--shots DIR] SITE_OUTPUT...');
  process.exit(2);
}

const server = await serveSites(sites);
const origin = server.origin;

// One page per (language, page kind): the kind is the body's class "page-KIND".
function pagesOf(root) {
  const found = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) { walk(path); continue; }
      if (!name.endsWith('.html')) continue;
      const html = readFileSync(path, 'utf8');
      const kind = (html.match(/<body class="page-([a-z0-9-]+)/) || [])[1];
      const lang = (html.match(/<html lang="([a-z]+)"/) || [])[1];
      if (!kind) continue;
      const key = `${lang}/${kind}`;
      if (!found.has(key)) found.set(key, relative(root, path));
    }
  };
  walk(root);
  return [...found.entries()].sort();
}

const widths = [320, 390, 1280];
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const external = [];
page.on('request', (r) => { if (!r.url().startsWith(origin)) external.push(r.url()); });
// The bytes of every response of the current visit. The test server sends no
// Content-Encoding, so these are the raw bytes, as many as a host without gzip sends: an upper
// bound of what a phone downloads.
let bodies = [];
page.on('response', (r) => { bodies.push(r.body().then((b) => b.length, () => 0)); });
const pageBudget = 100 * 1000;
let heaviest = { bytes: 0, where: '' };

let checked = 0;
for (const [index, root] of sites.entries()) {
  for (const [key, path] of pagesOf(root)) {
    const url = `${origin}/${index}/${path.split('/').map(encodeURIComponent).join('/')}`;
    for (const width of widths) {
      const where = `${root}/${path} at ${width} px`;
      await page.setViewportSize({ width, height: 900 });
      bodies = [];
      await page.goto(url, { waitUntil: 'load' });
      checked++;
      if (width === widths[0]) {  // the same files at every width
        const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
        if (bytes > heaviest.bytes) heaviest = { bytes, where: `${root}/${path}` };
        if (bytes >= pageBudget) fail(where, `${bytes} bytes with its CSS, fonts and scripts, not under ${pageBudget}`);
      }
      const wide = await page.evaluate(() => ({
        scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
      if (wide.scroll > wide.inner) fail(where, `page is ${wide.scroll} px wide in a ${wide.inner} px viewport`);

      // A region that scrolls sideways must be labelled and focusable (WCAG 2.1.1, 1.3.1).
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .filter((e) => !e.closest('nav') && !(e.getAttribute('role') === 'region' && e.tabIndex === 0
          && (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby'))))
        .map((e) => e.tagName + '.' + e.className));
      for (const e of unlabelled) fail(where, `scrolls sideways without a labelled, focusable region: ${e}`);

      // Every menu link: visible, inside the viewport once scrolled into view.
      const hidden = await page.evaluate(() => [...document.querySelectorAll('.site-nav a')].filter((a) => {
        a.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = a.getBoundingClientRect();
        const s = getComputedStyle(a);
        return s.visibility === 'hidden' || s.display === 'none' || r.width === 0
          || r.left < 0 || r.right > window.innerWidth + 0.5;
      }).map((a) => a.textContent.trim()));
      for (const label of hidden) fail(where, `menu link not reachable: ${label}`);

      // Focus is never clipped (WCAG 2.4.7, 2.4.11): each element that takes focus, scrolled
      // into view, lies inside the viewport and inside every ancestor that clips its overflow,
      // its focus ring (3 px, 2 px out) included unless the ring is drawn inside.
      if (width !== 390) {
        const clipped = await page.evaluate(() => {
          const out = [];
          const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
            .filter((e) => e.tabIndex >= 0 && !e.closest('[hidden]') && getComputedStyle(e).visibility !== 'hidden');
          for (const e of focusable) {
            e.focus();
            if (document.activeElement !== e) continue;
            e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const style = getComputedStyle(e);
            const ring = style.outlineStyle === 'none' ? 0 : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            const box = { left: r.left - ring, right: r.right + ring, top: r.top - ring, bottom: r.bottom + ring };
            const name = `${e.tagName.toLowerCase()} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
            if (box.left < -0.5 || box.right > window.innerWidth + 0.5) { out.push(`${name} outside the viewport`); continue; }
            for (let p = e.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
              const ps = getComputedStyle(p);
              if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
              const pr = p.getBoundingClientRect();
              if (box.left < pr.left - 0.5 || box.right > pr.right + 0.5 || box.top < pr.top - 0.5 || box.bottom > pr.bottom + 0.5) {
                out.push(`${name} clipped by ${p.tagName.toLowerCase()}.${p.className}`);
                break;
              }
            }
          }
          document.activeElement.blur();
          window.scrollTo(0, 0);
          return out;
        });
        for (const c of clipped.slice(0, 5)) fail(where, `focus clipped: ${c}`);
      }

      // Lines break between Thai words only: inside a run's span every piece between two
      // <wbr> (a word) lies on one line, and there is no Thai text outside such a span.
      const split = await page.evaluate(() => {
        const out = [];
        const range = document.createRange();
        for (const run of document.querySelectorAll('body span.tw')) {
          for (const node of run.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || node.length < 2) continue;
            range.setStart(node, 0); range.setEnd(node, 1);
            const first = range.getClientRects()[0];
            range.setStart(node, node.length - 1); range.setEnd(node, node.length);
            const last = range.getClientRects()[0];
            if (first && last && Math.abs(last.top - first.top) > 2) out.push(node.data);
          }
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (/[\u0E01-\u0E5B]{2}/.test(n.data) && !n.parentElement.closest('span.tw, script, style, svg, pre, code, textarea, option, noscript'))
            out.push(`outside a run: ${n.data.trim().slice(0, 30)}`);
        }
        return out;
      });
      // The 404 page links its style sheet from the site's root, which this server does not
      // serve it at: without it nothing keeps a run on one line.
      if (!key.endsWith('/404'))
        for (const word of split.slice(0, 5)) fail(where, `Thai word split across lines: ${word}`);

      // Charts: one drawing of each shown (the bars below 720 px, the wide one above), every text
      // at least 12 px tall as drawn, inside its chart, and clear of the others.
      const charts = await page.evaluate(() => [...document.querySelectorAll('figure svg.chart')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ r: t.getBoundingClientRect(), s: t.textContent }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        return { kind: svg.classList.contains('chart-bars') ? 'bars' : 'wide', shown: box.width > 0 && box.height > 0,
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          texts: texts.map(({ r, s }) => ({ s, left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height })) };
      }));
      for (const chart of charts) {
        if (chart.shown !== ((width < 720) === (chart.kind === 'bars'))) fail(where, `the ${chart.kind} chart is ${chart.shown ? 'shown' : 'hidden'}`);
        if (!chart.shown) continue;
        const b = chart.box;
        for (const [i, t] of chart.texts.entries()) {
          if (t.height < 12) fail(where, `chart text "${t.s}" is ${t.height.toFixed(1)} px tall`);
          if (t.left < b.left - 1 || t.right > b.right + 1 || t.right > width) fail(where, `chart text "${t.s}" overflows its chart`);
          for (const u of chart.texts.slice(i + 1)) {
            const across = Math.min(t.right, u.right) - Math.max(t.left, u.left);
            const down = Math.min(t.bottom, u.bottom) - Math.max(t.top, u.top);
            if (across > 1 && down > 1) fail(where, `chart texts "${t.s}" and "${u.s}" overlap`);
          }
        }
      }
      if (charts.length && !charts.some((c) => c.shown)) fail(where, 'no drawing of the chart is shown');
      // A plan whose every budget is 0 or none says so in its chart, and only such a plan.
      if (key.endsWith('/plan')) {
        const plan = await page.evaluate(() => ({
          totals: [...document.querySelectorAll('.budget-table .grand-total td.num')].map((td) => td.textContent.trim()),
          chart: [...document.querySelectorAll('#budget-heading ~ figure svg.chart text')]
            .filter((t) => t.getBoundingClientRect().height > 0).map((t) => t.textContent) }));
        const zero = plan.totals.every((t) => t === '–' || !/[1-9๑-๙]/.test(t));
        const says = plan.chart.includes(emptyBudget[key.split('/')[0]]);
        if (zero !== says) fail(where, `budget totals ${plan.totals.join(' ')}: the chart ${says ? 'says' : 'does not say'} "${emptyBudget[key.split('/')[0]]}"`);
      }

      // On a Thai page every run of Latin words says it is English (WCAG 3.1.2).
      if (key.startsWith('th/')) {
        const unmarked = await page.evaluate(() => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!/[A-Za-z]{2}/.test(n.data) || n.parentElement.closest('script, style, svg, pre, code, textarea, option, noscript')) continue;
            if (n.parentElement.closest('[lang]').getAttribute('lang') !== 'en') out.push(n.data.trim().slice(0, 30));
          }
          return out;
        });
        for (const text of unmarked.slice(0, 3)) fail(where, `Latin words not marked lang="en": ${text}`);
      }

      // On an English page every Thai run says it is Thai (WCAG 3.1.2).
      if (key.startsWith('en/')) {
        const unmarked = await page.evaluate(() => [...document.querySelectorAll('body span.tw')]
          .filter((s) => s.closest('[lang]').getAttribute('lang') !== 'th').length);
        if (unmarked) fail(where, `${unmarked} Thai runs not marked lang="th"`);
      }

      if (width === 1280 && !key.endsWith('/404')) {  // the 404 page links from the site's root
        // The No Gift Policy banner's text starts and ends where the page's content does.
        const banner = await page.evaluate(() => {
          const text = document.querySelector('.no-gift-banner p');
          if (!text) return null;
          const content = (e) => {
            const r = e.getBoundingClientRect(), s = getComputedStyle(e);
            return [r.left + parseFloat(s.paddingLeft), r.right - parseFloat(s.paddingRight)];
          };
          return { text: content(text), main: content(document.querySelector('main')) };
        });
        if (banner && (Math.abs(banner.text[0] - banner.main[0]) > 1 || Math.abs(banner.text[1] - banner.main[1]) > 1)) {
          fail(where, `the No Gift Policy banner's text runs ${banner.text.map(Math.round).join('-')} px, the content ${banner.main.map(Math.round).join('-')} px`);
        }
        // No empty heading, no section without content, no link to a page the site lacks.
        const empty = await page.evaluate(() => [
          ...[...document.querySelectorAll('h1, h2, h3, h4')].filter((h) => h.textContent.trim() === '').map((h) => `empty ${h.tagName}`),
          ...[...document.querySelectorAll('main section')].filter((s) => ![...s.children].some((c) => !/^H[1-6]$/.test(c.tagName) && c.textContent.trim() !== '' || c.querySelector('svg, img'))).map((s) => `empty section ${s.getAttribute('aria-labelledby') || ''}`)]);
        for (const e of empty) fail(where, e);
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href)
          .filter((h) => h.startsWith(location.origin)).map((h) => h.split('#')[0]));
        for (const href of new Set(links)) {
          const rel = decodeURIComponent(new URL(href).pathname).replace(/^\/\d+\//, '');
          let file = join(root, rel);
          if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
          if (!existsSync(file)) fail(where, `dead link: ${href}`);
        }
      }

      if (key.endsWith('/report') && width < 700) {
        const missing = await page.evaluate(() => {
          const out = [];
          for (const row of document.querySelectorAll('.report-table tbody tr')) {
            for (const cell of row.children) {
              const r = cell.getBoundingClientRect();
              if (cell.textContent.trim() === '') continue;  // no remark: nothing to show
              if (r.width === 0 || r.height === 0 || r.right > window.innerWidth + 0.5) {
                out.push(`${row.rowIndex}:${cell.cellIndex}`);
              }
            }
          }
          return out;
        });
        if (missing.length) fail(where, `report card fields off-screen or hidden: ${missing.slice(0, 5).join(', ')}`);
        const rows = await page.locator('.report-table tbody tr').count();
        const cells = await page.locator('.report-table tbody tr:first-child > *').count();
        if (rows === 0 || cells < 6) fail(where, `report table has ${rows} rows of ${cells} cells, not six fields`);
      }

      if (width !== 390) {  // 390 sits between the two; axe at 320 and 1280 covers both layouts
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        for (const v of result.violations) {
          fail(where, `axe ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
        }
      }
      if (shotsDir && width !== 390) {
        // The top of a long page is enough to see it, and keeps the PNGs small.
        const name = `${index}-${key.replace('/', '-')}-${width}.png`;
        const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
        await page.screenshot({ path: join(shotsDir, name), fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, width < 700 ? 1800 : 1200) } });
      }
    }
  }
}
for (const u of new Set(external)) fail('requests', `third-party request: ${u}`);

await browser.close();
server.close();
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`heaviest page: ${heaviest.bytes} bytes with its CSS and scripts (${heaviest.where})`);
console.log(`${checked} page views checked in ${sites.length} sites, ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
