// The search page in Debian's headless Chromium, on built sites:
//  - Thai queries find the pages that say them: "ของขวัญ" the No Gift Policy notice, "ร้องเรียน"
//    only pages whose text has the word, and every project's name typed without its spaces
//    its own page, first;
//  - each result has a title, a section and a snippet with the match marked;
//  - what a query loads (the page with its CSS and script, then the index parts) stays small;
//  - without JavaScript the page lists every page of the site (the site map), no form;
//  - English pages have their own search.
// Usage: node search_test.mjs SITE_OUTPUT...
import { chromium } from 'playwright-core';
import { serveSites } from './site_server.mjs';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';

const sites = process.argv.slice(2).map((a) => resolve(a));
if (sites.length === 0) {
  console.error('usage: node search_test.mjs SITE_OUTPUT...');
  process.exit(2);
}

const server = await serveSites(sites);
const origin = server.origin;

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// A page's main text as a reader sees it, spaces removed (Thai has none between words, and the
// query is matched without them).
const squeeze = (text) => text.replace(/\s+/g, '');

function htmlPages(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith('.') || name === 'archive') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.push(relative(root, dir));
    }
  };
  walk(root);
  return out;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
const page = await context.newPage();
let bytes = 0;
page.on('response', async (r) => {
  try { bytes += (await r.body()).length; } catch { /* a redirect has no body */ }
});

// Runs a query on the search page at `base` and returns its results.
async function query(index, base, text) {
  bytes = 0;
  await page.goto(`${origin}/${index}/${base}?q=${encodeURIComponent(text)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status');
    return s && s.textContent !== '' && !/…$/.test(s.textContent.trim());
  }, null, { timeout: 10000 });
  await page.waitForTimeout(100);
  return page.evaluate(() => [...document.querySelectorAll('.search-results li')].map((li) => ({
    href: li.querySelector('a').getAttribute('href'),
    title: li.querySelector('a').textContent,
    section: (li.querySelector('.search-section') || {}).textContent || '',
    snippet: li.querySelector('.search-snippet').textContent,
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
  })));
}

// The main text of a result's page, fetched as a reader would open it.
async function mainText(index, base, href) {
  const url = new URL(href, `${origin}/${index}/${base}`);
  const other = await context.newPage();
  await other.goto(url.href, { waitUntil: 'load' });
  const text = await other.evaluate(() => document.querySelector('main').textContent);
  await other.close();
  return squeeze(text);
}

let queries = 0;
const largest = { bytes: 0, what: '' };
for (const [index, root] of sites.entries()) {
  const thai = 'search/';
  if (!existsSync(join(root, thai, 'index.html'))) { fail(root, 'no search page'); continue; }

  // Every project of every plan, by its name typed without spaces: its page comes first.
  const projects = htmlPages(root).filter((p) => /^plans\/[^/]+\/projects\/[^/]+$/.test(p));
  for (const project of projects.slice(0, 6)) {
    const html = readFileSync(join(root, project, 'index.html'), 'utf8');
    const h1 = html.match(/<main[^]*?<h1[^>]*>([^]*?)<\/h1>/)[1].replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const typed = squeeze(h1);
    const results = await query(index, thai, typed);
    queries++;
    const where = `${root} "${typed}"`;
    if (results.length === 0 || !results[0].href.includes(`${project}/`))
      fail(where, `the project's page ${project}/ is not the first result: ${results.slice(0, 3).map((r) => r.href).join(', ')}`);
    if (bytes > largest.bytes) Object.assign(largest, { bytes, what: where });
  }

  for (const text of ['ของขวัญ', 'ร้องเรียน']) {
    const results = await query(index, thai, text);
    queries++;
    const where = `${root} "${text}"`;
    if (bytes > largest.bytes) Object.assign(largest, { bytes, what: where });
    if (bytes > 100 * 1024) fail(where, `the page and what the query loaded weigh ${bytes} bytes`);
    const said = htmlPages(root).filter((p) => !p.startsWith('en') && !p.startsWith('search')
      && squeeze(readFileSync(join(root, p, 'index.html'), 'utf8').split('<main')[1].replace(/<[^>]+>/g, '')).includes(text));
    if (said.length > 0 && results.length === 0) fail(where, `no result, though ${said.length} pages say it`);
    for (const r of results.slice(0, 10)) {
      if (!r.title) fail(where, `a result without a title: ${r.href}`);
      if (!r.marks.some((m) => m === text)) fail(where, `the snippet of ${r.href} marks no "${text}": ${r.snippet}`);
      if (!(await mainText(index, thai, r.href)).includes(text)) fail(where, `${r.href} does not say "${text}"`);
    }
    if (text === 'ของขวัญ' && said.length > 0 && existsSync(join(root, 'notices'))) {
      if (!results.slice(0, 5).some((r) => r.href.includes('notices/')))
        fail(where, `the No Gift Policy notice is not among the first results: ${results.slice(0, 5).map((r) => r.href).join(', ')}`);
      if (!results.some((r) => r.section)) fail(where, 'no result names its section');
    }
  }

  // A word no page has: the page says so.
  const none = await query(index, thai, 'ไม่มีคำนี้ในเว็บไซต์zzqx');
  queries++;
  if (none.length !== 0) fail(`${root} nonsense`, `${none.length} results`);

  // English pages search the English pages.
  if (existsSync(join(root, 'en', 'search', 'index.html'))) {
    const results = await query(index, 'en/search/', 'gift');
    queries++;
    if (existsSync(join(root, 'en', 'notices')) && !results.some((r) => r.href.includes('en/notices/')))
      fail(`${root} en "gift"`, `no English notice among ${results.map((r) => r.href).join(', ')}`);
    for (const r of results) if (!r.href.includes('en/')) fail(`${root} en "gift"`, `a Thai page: ${r.href}`);
  }
}

// Without JavaScript: no form, and the site map links every Thai page of the site.
const still = await browser.newContext({ javaScriptEnabled: false });
const plain = await still.newPage();
for (const [index, root] of sites.entries()) {
  await plain.goto(`${origin}/${index}/search/`, { waitUntil: 'load' });
  const seen = await plain.evaluate(() => ({
    form: !document.querySelector('form.search-form').hidden,
    links: [...document.querySelectorAll('.site-map a')].map((a) => a.getAttribute('href')),
  }));
  if (seen.form) fail(`${root} without JavaScript`, 'the search form shows, and cannot work');
  const pages = htmlPages(root).filter((p) => !p.startsWith('en') && p !== 'search');
  const linked = new Set(seen.links.map((h) => new URL(h, `${origin}/${index}/search/`).pathname.replace(`/${index}/`, '').replace(/\/$/, '')));
  for (const p of pages) if (!linked.has(p)) fail(`${root} without JavaScript`, `the site map lacks ${p || 'the home page'}`);
}

await browser.close();
server.close();
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${queries} queries on ${sites.length} sites; the most a query loaded with its page: ${largest.bytes} bytes (${largest.what}); ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
