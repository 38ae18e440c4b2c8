// The web pages in a real browser (Debian's Chromium driven by playwright-core): the documents at /, a search for
// 社会保险, a document's tables with where each cell was read, a policy document's projects, and an example query run in
// the SPARQL editor. Screenshots go to SHOTS. Usage: node browser-check.cjs BASE_URL SHOTS (PW_DIR: where playwright-core is).
const path = require('path');
const { chromium } = require(path.join(process.env.PW_DIR, 'node_modules', 'playwright-core'));
const [base, shots] = process.argv.slice(2);

async function expectCount(page, selector, what) {
  await page.waitForSelector(selector, { timeout: 20000 }).catch(() => {});
  const n = await page.locator(selector).count();
  if (n === 0) throw new Error(`${page.url()}: ${what} (${selector}) not found`);
  console.log(`ok  ${what}: ${n}`);
  return n;
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  try {
    await page.goto(base + '/');
    await expectCount(page, '#documents tbody tr', 'documents listed at /');
    await page.screenshot({ path: path.join(shots, '1-home.png'), fullPage: true });

    await page.fill('nav input[name=q]', '社会保险');
    await Promise.all([page.waitForNavigation(), page.press('nav input[name=q]', 'Enter')]);
    await expectCount(page, '#hits tbody tr:has-text("社会保险")', 'search hits for 社会保险');
    await page.screenshot({ path: path.join(shots, '2-search.png'), fullPage: true });

    await page.goto(base + '/');
    await Promise.all([page.waitForNavigation(), page.click('#documents tbody tr >> text=查看表格')]);
    await expectCount(page, 'section.table', 'tables of the document');
    await expectCount(page, 'td.num[data-source]', 'cells with the place they were read');
    await page.screenshot({ path: path.join(shots, '3-document.png'), fullPage: true });

    await page.goto(base + '/');
    await Promise.all([page.waitForNavigation(), page.click('#policies tbody tr a')]);
    await expectCount(page, '#funded tbody tr', 'projects funded under the policy document');
    await page.screenshot({ path: path.join(shots, '4-policy.png'), fullPage: true });

    await page.goto(base + '/editor');
    await page.click('button[data-example="01_documents_and_grand_totals"]');
    await expectCount(page, '.yasr table tbody tr', 'rows of example query 01 in the editor');
    await page.screenshot({ path: path.join(shots, '5-editor.png'), fullPage: true });
    if (errors.length) throw new Error('script errors in the pages: ' + errors.join('; '));
  } catch (e) {
    await page.screenshot({ path: path.join(shots, 'failure.png'), fullPage: true }).catch(() => {});
    console.error('browser check: ' + e.message);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
