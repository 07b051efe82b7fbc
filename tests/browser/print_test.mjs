// Prints pages to PDF in Debian's headless Chromium (page.pdf(), A4 as the theme's @page asks)
// and reads the PDFs back with poppler-utils, checking what a clerk gets on paper:
//  - the No Gift Policy notice is one A4 sheet, in Thai and in English, however long or short
//    its text, with its mark and its signer: nothing cut off, nothing on a second page;
//  - a report prints as a table, not as the phone's cards, even from a phone-sized window; its
//    column headings repeat on every page the table runs over, and no row is split;
//  - the plan's grand total prints once.
// Usage: node print_test.mjs [--shots DIR] NOTICE_SITE_OUTPUT... -- PLAN_SITE_OUTPUT
// Each NOTICE_SITE_OUTPUT's notice is printed (Thai, and English where built); the last site's
// plan and report are printed. With --shots, each PDF's pages are kept there as PNG.
import { chromium } from 'playwright-core';
import { serveSites } from './site_server.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const args = process.argv.slice(2);
let shotsDir = null;
if (args[0] === '--shots') {
  shotsDir = resolve(args[1]);
  args.splice(0, 2);
  mkdirSync(shotsDir, { recursive: true });
}
const split = args.indexOf('--');
if (split < 1 || split !== args.length - 2) {
  console.error('usage: node print_test.mjs [--shots DIR] NOTICE_SITE_OUTPUT... -- PLAN_SITE_OUTPUT');
  process.exit(2);
}
const sites = args.filter((a) => a !== '--').map((a) => resolve(a));
const noticeSites = sites.slice(0, split);
const planSite = sites.length - 1;

const server = await serveSites(sites);
const origin = server.origin;

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);
const work = mkdtempSync(join(tmpdir(), 'oitgen-print-'));
let printed = 0;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();

// The width of an A4 page inside the theme's 14 mm margins, in CSS pixels: the print layout's.
const a4Width = Math.floor((210 - 28) / 25.4 * 96);

// Opens a page as a window `width` wide would (a phone's, a desktop's) and prints it to PDF on
// A4, or on `format` (e.g. A5); returns the PDF's page count and each page's text. The page is
// left laid out for print at the A4 page's width, for the checks that measure it.
async function print(site, path, width, name, format) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${origin}/${site}/${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const file = join(work, `${name}.pdf`);
  // preferCSSPageSize: the theme's @page (A4, 14 mm) decides, as a browser's print dialog does.
  await page.pdf(format ? { path: file, format, margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } }
    : { path: file, preferCSSPageSize: true });
  printed++;
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
  if (!format && (Math.abs(Number(size[1]) - 595.28) > 2 || Math.abs(Number(size[2]) - 841.89) > 2)) {
    fail(`${path} (${name})`, `printed on ${size[1]} x ${size[2]} pt, not A4`);
  }
  await page.setViewportSize({ width: a4Width, height: 1123 });
  const texts = [];
  for (let i = 1; i <= pages; i++) {
    texts.push(execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-layout', file, '-'], { encoding: 'utf8' }));
  }
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  if (shotsDir) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(shotsDir, name)]);
  return { pages, texts, fonts, all: texts.join('\n') };
}

// What the printed notice must show: the poster fits its sheet, with no text cut off.
async function posterFits() {
  return page.evaluate(() => {
    const poster = document.querySelector('.poster');
    const last = document.querySelector('.poster-mark').getBoundingClientRect();
    const box = poster.getBoundingClientRect();
    const overflow = poster.scrollHeight > poster.clientHeight + 1;
    return { overflow, inside: last.bottom <= box.bottom + 1, height: box.height,
      fontSize: getComputedStyle(poster).fontSize };
  });
}

for (const [site, root] of noticeSites.entries()) {
  for (const lang of ['th', 'en']) {
    const path = lang === 'th' ? 'notices/no-gift-policy/' : 'en/notices/no-gift-policy/';
    if (!existsSync(join(root, path, 'index.html'))) continue;
    for (const width of [1280, 390]) {
      const where = `${root}/${path} at ${width} px`;
      const name = `notice-${site}-${lang}-${width}`;
      const pdf = await print(site, path, width, name);
      if (pdf.pages !== 1) fail(where, `prints on ${pdf.pages} pages, not one A4 sheet`);
      const fits = await posterFits();
      if (fits.overflow || !fits.inside) fail(where, `poster text cut off (font ${fits.fontSize})`);
      if (!/N\s*O\s*G\s*I\s*F\s*T\s*P\s*O\s*L\s*I\s*C\s*Y/.test(pdf.texts[0])) fail(where, 'the mark NO GIFT POLICY is not on the sheet');
      const html = readFileSync(join(root, path, 'index.html'), 'utf8');
      const signer = (html.match(/<p class="signer">([^<]+)<\/p>/) || [])[1];
      if (signer && !pdf.texts[0].replace(/\s+/g, '').includes(signer.replace(/&[a-z]+;/g, '').replace(/\s+/g, ''))) {
        fail(where, `the signer ${signer} is not on the sheet`);
      }
      // Thai is drawn in a Thai font (fontconfig's Thai families), never in boxes.
      if (lang === 'th' && !/Garuda|Loma|Kinnari|Laksaman|Norasi|Sawasdee|Tlwg|Noto Sans Thai|Sarabun|Waree|Umpush|Purisa/i.test(pdf.fonts)) {
        fail(where, `no Thai font in the PDF:\n${pdf.fonts}`);
      }
    }
  }
}

// The report, printed from a phone-sized window and a desktop one.
const planRoot = sites[planSite];
const reportPath = (() => {
  const html = readFileSync(join(planRoot, 'index.html'), 'utf8');
  const plan = html.match(/href="(plans\/[^"/]+\/)"/)[1];
  const planHtml = readFileSync(join(planRoot, plan, 'index.html'), 'utf8');
  return { plan, report: plan + planHtml.match(/href="\.\.\/\.\.\/(plans\/[^"]+\/reports\/[^"/]+\/)"/)[1].slice(plan.length) };
})();
for (const [width, format] of [[390, undefined], [1280, undefined], [390, 'A5']]) {
  const where = `${planRoot}/${reportPath.report} at ${width} px${format ? ` on ${format}` : ''}`;
  const pdf = await print(planSite, reportPath.report, width, `report-${width}${format || ''}`, format);
  // As narrow as a phone, in print: still the table.
  await page.setViewportSize({ width: 360, height: 900 });
  const layout = await page.evaluate(() => {
    const table = document.querySelector('.report-table');
    const row = table.querySelector('tbody tr');
    return { thead: getComputedStyle(table.querySelector('thead')).display,
      row: getComputedStyle(row).display, rowBreak: getComputedStyle(row).breakInside,
      heading: table.querySelector('thead th:first-child').textContent.trim(),
      remark: table.querySelector('thead th:last-child').textContent.trim(),
      rows: [...table.querySelectorAll('tbody tr')].map((r) => r.querySelector('th').textContent.trim().slice(0, 12)) };
  });
  if (layout.thead !== 'table-header-group' || layout.row !== 'table-row') {
    fail(where, `the report prints as cards (thead ${layout.thead}, row ${layout.row}), not as a table`);
  }
  if (layout.rowBreak !== 'avoid') fail(where, `a report row may be split across pages (break-inside ${layout.rowBreak})`);
  // Every page that shows rows of the table shows its headings too.
  const squeeze = (s) => s.replace(/\s+/g, '');
  let pagesWithRows = 0;
  for (const [i, text] of pdf.texts.entries()) {
    const rowsHere = layout.rows.filter((r) => squeeze(text).includes(squeeze(r))).length;
    if (rowsHere === 0) continue;
    pagesWithRows++;
    if (!squeeze(text).includes(squeeze(layout.heading)) || !squeeze(text).includes(squeeze(layout.remark))) {
      fail(where, `page ${i + 1} shows rows of the table without its headings`);
    }
  }
  if (pagesWithRows < 2) fail(where, `the report's table should run over two pages or more here, not ${pagesWithRows}`);
}

// The plan: its grand total row once, however many pages the table takes.
for (const width of [390, 1280]) {
  const where = `${planRoot}/${reportPath.plan} at ${width} px`;
  const pdf = await print(planSite, reportPath.plan, width, `plan-${width}`);
  const label = await page.evaluate(() => document.querySelector('.grand-total th').textContent.split('·')[0].trim());
  const count = pdf.all.split(label).length - 1;
  if (count !== 1) fail(where, `the grand total (${label}) prints ${count} times on ${pdf.pages} pages`);
  if (pdf.pages < 2) fail(where, `the plan should print on two pages or more, not ${pdf.pages}`);
}

await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${printed} pages printed to PDF, ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
