import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod';
import { PersonListSchema, type Person } from '../../src/clients/directorySchemas';
import { RubSummarySchema, indicatorKeys, type RubSummary } from '../../src/clients/metricsSchemas';
import { startHarness, type Harness } from '../e2e/harness';

// The tab in real headless Chromium (Debian's package, driven by playwright-core; no browser
// download), in local development mode with a synthetic basenhetschef: the numbers shown are the
// metrics API's, the charts are drawn, the contact search finds people, both themes and both
// languages render. Screenshots go to test-artifacts/tab-*.png; page weight and paint are printed.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const REFERENCE_KEY = 'e2e-reference-key';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const UNIT = 'hc-gripen';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `SKIPPED tests/tab/tab.browser.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium).`,
  );
}
const describeBrowser = haveChromium ? describe : describe.skip;

/** Text as a user reads it, with every kind of space removed: "5 399" and "5 399" compare equal. */
const squash = (text: string | null): string => (text ?? '').replace(/\s/g, '');
const sv = (n: number, digits = 0) =>
  n.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const en = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Weight = { requests: number; transferred: number; decoded: number };
type Paint = {
  firstContentfulPaint: number | null;
  numbersShown: number | null;
  domContentLoaded: number;
};

describeBrowser('the tab in headless Chromium (development mode)', () => {
  let harness: Harness;
  let browser: Browser;
  let chief: Person;
  let coordinator: Person;
  const problems: string[] = [];
  const figures: Record<string, { weight: Weight; paint: Paint }> = {};

  const reference = async <S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> => {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${REFERENCE_KEY}` } });
    expect(res.status).toBe(200);
    return schema.parse(await res.json());
  };
  const summaryOf = (unitId: string): Promise<RubSummary> =>
    reference(
      `${harness.app.metricsUrl}/v1/rub/summary?level=5&unitId=${unitId}`,
      RubSummarySchema,
    );

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    harness = await startHarness({ TAB_DEV_MODE: 'true' });
    const chiefs = await reference(
      `${harness.app.directoryUrl}/v1/people?role=basenhetschef`,
      PersonListSchema,
    );
    chief = chiefs.items.find((p) => p.synthetic && p.unitId === UNIT && p.aadObjectId) as Person;
    expect(chief).toBeDefined();
    const coordinators = await reference(
      `${harness.app.directoryUrl}/v1/people?role=samordnare`,
      PersonListSchema,
    );
    coordinator = coordinators.items.find((p) => p.synthetic && p.aadObjectId) as Person;
    expect(coordinator).toBeDefined();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    if (Object.keys(figures).length > 0) {
      writeFileSync(
        path.join(ARTIFACTS, 'tab-figures.json'),
        `${JSON.stringify(figures, null, 2)}\n`,
      );
      const lines = Object.entries(figures).map(
        ([name, { weight, paint }]) =>
          `  ${name}: ${weight.requests} requests, ${(weight.transferred / 1024).toFixed(1)} KiB transferred ` +
          `(${(weight.decoded / 1024).toFixed(1)} KiB decoded); first contentful paint ` +
          `${paint.firstContentfulPaint?.toFixed(0) ?? '–'} ms, numbers shown ${paint.numbersShown?.toFixed(0) ?? '–'} ms`,
      );
      console.log(
        `Tab page weight and paint (headless Chromium, local server):\n${lines.join('\n')}`,
      );
    }
  });

  /** A new page that records console errors, failed requests and page weight (over CDP). */
  async function openPage(
    locale = 'sv-SE',
    width = 1280,
  ): Promise<{ page: Page; weight: () => Weight }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const weight: Weight = { requests: 0, transferred: 0, decoded: 0 };
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e) => {
      weight.requests++;
      weight.transferred += e.encodedDataLength;
    });
    page.on('response', async (res) => {
      const body = await res.body().catch(() => undefined);
      weight.decoded += body?.length ?? 0;
      if (res.url().includes('/v1/patients')) problems.push(`patient request: ${res.url()}`);
    });
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    return { page, weight: () => ({ ...weight }) };
  }

  const paintOf = (page: Page): Promise<Paint> =>
    page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const numbers = performance.getEntriesByName('nara-numbers')[0];
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        firstContentfulPaint: fcp ? fcp.startTime : null,
        numbersShown: numbers ? numbers.startTime : null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
      };
    });

  /** Non-transparent pixels of a canvas: more than a few hundred means something was drawn. */
  const drawnPixels = (page: Page, id: string): Promise<number> =>
    page.evaluate((canvasId) => {
      const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
      if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) n++;
      return n;
    }, id);

  const metric = async (page: Page, key: string): Promise<string> =>
    squash(await page.locator(`[data-metric="${key}"]`).first().textContent());

  /** Waits until the page has rendered, then checks no placeholder leaked into the text. */
  const ready = async (page: Page): Promise<void> => {
    await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/\b(false|true|undefined|null|NaN)\b|\[object Object\]|\$\{/);
  };

  const tabUrl = (query: string) => `${harness.app.url}/tab/index.html?${query}`;

  it('shows the metrics API’s numbers for the chosen health centre, draws the charts and finds contacts (Swedish, default theme)', async () => {
    const expected = await summaryOf(UNIT);
    const { page, weight } = await openPage('sv-SE');
    await page.goto(tabUrl(`view=personal&dev=1&devUser=${chief.aadObjectId}`));
    await ready(page);

    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getAttribute('html', 'data-theme')).toBe('default');
    expect(await page.textContent('h1')).toBe('Översikt');
    expect(await page.inputValue('#unit-select')).toBe(UNIT);
    expect(await metric(page, 'patients')).toBe(squash(sv(expected.patients)));
    expect(await metric(page, 'withoutFastLakarkontakt')).toBe(
      squash(sv(expected.withoutFastLakarkontakt)),
    );
    expect(await metric(page, 'withSip')).toBe(squash(sv(expected.withSip)));
    expect(await metric(page, 'averageAge')).toBe(squash(`${sv(expected.averageAge, 1)} år`));
    for (const key of indicatorKeys) {
      expect(await metric(page, `indicators.${key}`)).toBe(squash(sv(expected.indicators[key])));
    }
    // The share as Swedes write it: "20,1 %".
    const share = (expected.withoutFastLakarkontakt / expected.patients).toLocaleString('sv-SE', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(squash(await page.textContent('#tiles'))).toContain(squash(share));

    expect(await drawnPixels(page, 'chart-distribution')).toBeGreaterThan(2000);
    expect(await drawnPixels(page, 'chart-trend')).toBeGreaterThan(2000);
    // Ranked by value like the card, and says the per-unit figures are synthetic.
    const note = squash(await page.textContent('#dist-note'));
    expect(note).toContain(squash('högst först'));
    expect(note).toContain(squash('Syntetiska testdata'));
    const ranked = await page.evaluate(async (user) => {
      const res = await fetch('/tab/api/distribution', { headers: { 'x-nara-dev-user': user } });
      const body = (await res.json()) as {
        items: { withoutFastLakarkontakt: { share: number } }[];
      };
      return body.items.map((i) => i.withoutFastLakarkontakt.share);
    }, chief.aadObjectId ?? '');
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const paint = await paintOf(page);
    figures['personal (sv, default)'] = { weight: weight(), paint };
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tab-personal-sv-default.png'),
      fullPage: true,
    });

    await page.fill('#contact-query', 'Åke Åkesson');
    await page.press('#contact-query', 'Enter');
    const hit = page.locator('#contact-results li.contact', { hasText: 'Åke Åkesson' });
    await hit.first().waitFor({ timeout: 10_000 });
    expect(await hit.first().textContent()).toContain('0485-151 44');
    expect(await hit.first().locator('a[href^="tel:+46"]').count()).toBeGreaterThan(0);
    await page
      .locator('#contact-results')
      .screenshot({ path: path.join(ARTIFACTS, 'tab-contacts-sv.png') });

    // Choosing another health centre shows its numbers.
    const other = await summaryOf('hc-borgholm');
    await page.selectOption('#unit-select', 'hc-borgholm');
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-metric="patients"]')?.textContent?.replace(/\s/g, '') ===
        want,
      squash(sv(other.patients)),
    );
    await page.context().close();
  }, 60_000);

  it('renders in English and the dark theme with the same numbers in English style', async () => {
    const expected = await summaryOf(UNIT);
    const region = await reference(
      `${harness.app.metricsUrl}/v1/rub/summary?level=5`,
      RubSummarySchema,
    );
    const { page, weight } = await openPage('en-GB');
    await page.goto(tabUrl(`view=personal&dev=1&devUser=${chief.aadObjectId}&lang=en&theme=dark`));
    await ready(page);

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.textContent('h1')).toBe('Overview');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(31, 31, 31)');
    expect(await metric(page, 'patients')).toBe(squash(en(expected.patients)));
    expect(await metric(page, 'averageAge')).toBe(squash(`${en(expected.averageAge, 1)} years`));
    expect(squash(await page.textContent('#tiles'))).toContain(
      squash(`Region: ${en(region.patients)}`),
    );
    expect(await page.textContent('body')).toContain('Care use in the last 12 months');
    expect(await drawnPixels(page, 'chart-distribution')).toBeGreaterThan(2000);
    expect(await drawnPixels(page, 'chart-trend')).toBeGreaterThan(2000);
    figures['personal (en, dark)'] = { weight: weight(), paint: await paintOf(page) };
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tab-personal-en-dark.png'),
      fullPage: true,
    });

    await page.fill('#contact-query', 'Åke Åkesson');
    await page.press('#contact-query', 'Enter');
    await page.locator('#contact-results li.contact', { hasText: 'Åke Åkesson' }).first().waitFor();
    expect(await page.textContent('#contact-results')).toContain('Direct');
    await page.context().close();
  }, 60_000);

  it('shows the whole region to a coordinator without a health centre', async () => {
    const region = await reference(
      `${harness.app.metricsUrl}/v1/rub/summary?level=5`,
      RubSummarySchema,
    );
    const { page } = await openPage('sv-SE');
    await page.goto(tabUrl(`view=personal&dev=1&devUser=${coordinator.aadObjectId}`));
    await ready(page);
    expect(await page.inputValue('#unit-select')).toBe('');
    expect(await metric(page, 'patients')).toBe(squash(sv(region.patients)));
    expect(await metric(page, 'indicators.akutbesok')).toBe(
      squash(sv(region.indicators.akutbesok)),
    );
    expect(await drawnPixels(page, 'chart-trend')).toBeGreaterThan(2000);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tab-personal-sv-region.png'),
      fullPage: true,
    });
    await page.context().close();
  }, 60_000);

  it('fits a narrow (mobile) viewport without horizontal scrolling', async () => {
    const { page } = await openPage('sv-SE', 390);
    await page.goto(tabUrl(`view=personal&dev=1&devUser=${chief.aadObjectId}`));
    await ready(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await drawnPixels(page, 'chart-distribution')).toBeGreaterThan(2000);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tab-personal-sv-narrow.png'),
      fullPage: true,
    });
    await page.context().close();
  }, 60_000);

  it('shows a channel tab’s health centres with small counts as "<5" (high contrast)', async () => {
    const units = ['hc-gripen', 'hc-lottorp', 'hc-overum'];
    const expected = await Promise.all(units.map(summaryOf));
    const { page, weight } = await openPage('sv-SE');
    // A channel tab saved before the channel route existed moves to it (the route decides).
    await page.goto(
      tabUrl(
        `view=channel&units=${units.join(',')}&dev=1&devUser=${coordinator.aadObjectId}&theme=contrast`,
      ),
    );
    await ready(page);
    expect(new URL(page.url()).pathname).toBe('/tab/channel/index.html');
    let small = 0;
    for (const [i, unitId] of units.entries()) {
      const row = page.locator(`tr[data-unit="${unitId}"]`);
      for (const key of indicatorKeys) {
        const n = expected[i].indicators[key];
        const shown = squash(await row.locator(`[data-metric="indicators.${key}"]`).textContent());
        // Small counts are "<5"; others exact, or hidden when they would give a small one away.
        if (n > 0 && n < 5) {
          small++;
          expect(shown).toBe('<5');
        } else expect([squash(sv(n)), 'dolt']).toContain(shown);
      }
      expect(squash(await row.locator('[data-metric="patients"]').textContent())).toBe(
        squash(sv(expected[i].patients)),
      );
    }
    expect(small).toBeGreaterThan(0); // the reference data has small counts here (Löttorp, Överum)
    expect(await page.textContent('body')).toContain('visas som <5');
    expect(await page.textContent('body')).toContain('Några små tal visas inte');
    expect(await drawnPixels(page, 'chart-trend')).toBeGreaterThan(2000);
    figures['channel (sv, contrast)'] = { weight: weight(), paint: await paintOf(page) };
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tab-channel-sv-contrast.png'),
      fullPage: true,
    });
    await page.context().close();
  }, 60_000);

  it('lets a coordinator choose the health centres on the configuration page', async () => {
    const { page } = await openPage('sv-SE');
    await page.goto(`${harness.app.url}/tab/config.html?dev=1&devUser=${coordinator.aadObjectId}`);
    await ready(page);
    await page.check('input[value="hc-gripen"]');
    await page.check('input[value="hc-nybro"]');
    const href = await page.getAttribute('#preview', 'href');
    expect(href).toMatch(/^\/tab\/channel\/index\.html\?/);
    expect(decodeURIComponent(href ?? '')).toContain('units=hc-gripen,hc-nybro');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-config-sv.png'), fullPage: true });
    await page.click('#preview');
    await ready(page);
    expect(await page.locator('tr[data-unit="hc-nybro"]').count()).toBe(1);
    await page.context().close();
  }, 60_000);

  it('tells someone without a coordinating role that they cannot choose health centres', async () => {
    const people = await reference(
      `${harness.app.directoryUrl}/v1/people?unitId=${UNIT}`,
      PersonListSchema,
    );
    const nurse = people.items.find((p) => p.synthetic && p.aadObjectId && p.roles.length === 0);
    expect(nurse).toBeDefined();
    const { page } = await openPage('en-GB');
    await page.goto(
      `${harness.app.url}/tab/config.html?dev=1&lang=en&devUser=${nurse?.aadObjectId}`,
    );
    await ready(page);
    expect(await page.textContent('[role="alert"]')).toContain('Only coordinators and managers');
    expect(await page.isDisabled('input[value="hc-gripen"]')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-config-en-not-allowed.png') });
    await page.context().close();
  }, 60_000);

  it('says clearly, outside Teams, that it must be opened in Teams; dev mode offers a test-user picker', async () => {
    const { page } = await openPage('sv-SE');
    await page.goto(tabUrl('view=personal'));
    await page.waitForSelector('body[data-state="message"]', { timeout: 10_000 });
    expect(await page.textContent('h1')).toBe('Öppna Nära i Microsoft Teams');
    expect(await page.textContent('main')).toContain('Open Nära in Microsoft Teams');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-outside-teams.png') });
    await page.click('text=Lokal utveckling');
    await page.waitForSelector('form.picker');
    expect(await page.locator('select[name="devUser"] option').count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-dev-picker.png') });
    await page.selectOption('select[name="devUser"]', chief.aadObjectId as string);
    await page.selectOption('select[name="lang"]', 'en');
    await page.click('form.picker button[type="submit"]');
    await ready(page);
    expect(await page.textContent('h1')).toBe('Overview');
    await page.context().close();

    const english = await openPage('en-US');
    await english.page.goto(tabUrl('view=personal'));
    await english.page.waitForSelector('body[data-state="message"]', { timeout: 10_000 });
    expect(await english.page.textContent('h1')).toBe('Open Nära in Microsoft Teams');
    await english.page.context().close();
  }, 60_000);

  it('has no console errors, CSP violations or patient requests on any page', () => {
    expect(problems).toEqual([]);
  });
});
