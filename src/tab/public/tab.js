// The tab's content page: the personal "Översikt" (under /tab/) and the channel tab (under /tab/channel/).
// Aggregates only; every number comes from /tab/api, which applies the small-count rule for channels.
/* global Chart */
import {
  api,
  fill,
  chartLocale,
  ctx,
  cssVar,
  el,
  failureText,
  fmtCount,
  fmtNumber,
  fmtPeriod,
  fmtPeriodShort,
  fmtShare,
  notifyLoaded,
  showMessage,
  start,
  texts,
} from './common.js';

const INDICATORS = [
  'akutbesok',
  'ambulans',
  'hemsjukvard',
  'psykiatri',
  'rehabilitering',
  'aterinlaggning',
];

const PAGE = {
  sv: {
    overview: 'Översikt',
    channelTitle: 'Nyckeltal för hälsocentraler',
    unit: 'Hälsocentral',
    sub: (unit, period) => `${unit} · RUB 5 · ${period}`,
    patients: 'RUB 5-patienter',
    without: 'Utan fast läkarkontakt',
    sip: 'Med SIP',
    age: 'Medelålder',
    years: 'år',
    ofPatients: (share) => `${share} av patienterna`,
    regionShare: (share) => `Regionen: ${share}`,
    regionPatients: (n) => `Regionen: ${n}`,
    indicatorsTitle: 'Vårdkonsumtion senaste 12 månaderna',
    measure: 'Mått',
    count: 'Antal',
    share: 'Andel',
    akutbesok: 'Akutbesök',
    ambulans: 'Ambulans',
    hemsjukvard: 'Pågående hemsjukvård',
    psykiatri: 'Psykiatri',
    rehabilitering: 'Rehabilitering',
    aterinlaggning: 'Återinläggning',
    distTitle: 'Andel utan fast läkarkontakt per hälsocentral',
    trendTitle: (from) => `Utveckling sedan ${from}`,
    trendNote: 'Andel av RUB 5-patienterna. Streckade linjer: regionen.',
    trendNoteRegion: 'Andel av RUB 5-patienterna i hela regionen.',
    trendNoteChannel:
      'Andel utan fast läkarkontakt bland RUB 5-patienterna. Streckad linje: regionen.',
    trendWithout: (name) => `Utan fast läkarkontakt – ${name}`,
    trendSip: (name) => `Med SIP – ${name}`,
    regionName: 'regionen',
    contactsTitle: 'Sök kontakt',
    contactsLabel: 'Namn, enhet eller grupp',
    contactsPlaceholder: 't.ex. Åke Åkesson eller Gripen',
    search: 'Sök',
    noMatch: (q) => `Ingen träff på ”${q}”.`,
    didYouMean: 'Menade du:',
    phone: { direkt: 'Direkt', mobil: 'Mobil', vaxel: 'Växel' },
    email: 'E-post',
    contactsOf: 'Kontakt:',
    notInDirectory:
      'Du finns inte i Näras katalog, så ingen hälsocentral är förvald. Välj en hälsocentral i listan.',
    noUnits:
      'Inga hälsocentraler är valda för den här fliken ännu. Öppna flikens inställningar och välj.',
    smallCounts: (t) =>
      `Några små tal visas inte: antal från 1 till ${t - 1} visas som <${t}, och några andra är dolda så att de små inte kan räknas fram ur summorna. Andelar bygger inte på dolda tal.`,
    synthetic: 'Syntetiska testdata: siffrorna per hälsocentral och månad är påhittade.',
    distNoteRanked: (period, region) =>
      `RUB 5, ${period}, högst först. Streckad linje: regionen (${region}).`,
    privacy: 'Fliken visar bara sammanställda siffror, aldrig uppgifter om enskilda patienter.',
    source: 'RUB = ACG Resource Utilization Band; 5 är mest vårdkrävande.',
    privacyLink: 'Integritet',
    termsLink: 'Villkor',
  },
  en: {
    overview: 'Overview',
    channelTitle: 'Key figures for health centres',
    unit: 'Health centre',
    sub: (unit, period) => `${unit} · RUB 5 · ${period}`,
    patients: 'RUB 5 patients',
    without: 'Without a regular doctor',
    sip: 'With a care plan (SIP)',
    age: 'Average age',
    years: 'years',
    ofPatients: (share) => `${share} of the patients`,
    regionShare: (share) => `Region: ${share}`,
    regionPatients: (n) => `Region: ${n}`,
    indicatorsTitle: 'Care use in the last 12 months',
    measure: 'Measure',
    count: 'Count',
    share: 'Share',
    akutbesok: 'Emergency visits',
    ambulans: 'Ambulance',
    hemsjukvard: 'Ongoing home health care',
    psykiatri: 'Psychiatry',
    rehabilitering: 'Rehabilitation',
    aterinlaggning: 'Readmission',
    distTitle: 'Share without a regular doctor by health centre',
    trendTitle: (from) => `Trend since ${from}`,
    trendNote: 'Share of RUB 5 patients. Dashed lines: the region.',
    trendNoteRegion: 'Share of RUB 5 patients in the whole region.',
    trendNoteChannel: 'Share of RUB 5 patients without a regular doctor. Dashed line: the region.',
    trendWithout: (name) => `Without a regular doctor – ${name}`,
    trendSip: (name) => `With SIP – ${name}`,
    regionName: 'region',
    contactsTitle: 'Find a contact',
    contactsLabel: 'Name, unit or group',
    contactsPlaceholder: 'e.g. Åke Åkesson or Gripen',
    search: 'Search',
    noMatch: (q) => `No match for “${q}”.`,
    didYouMean: 'Did you mean:',
    phone: { direkt: 'Direct', mobil: 'Mobile', vaxel: 'Switchboard' },
    email: 'Email',
    contactsOf: 'Contact:',
    notInDirectory:
      'You are not in the Nära directory, so no health centre is preselected. Choose one in the list.',
    noUnits:
      'No health centres have been chosen for this tab yet. Open the tab’s settings to choose.',
    smallCounts: (t) =>
      `Some small numbers are not shown: counts from 1 to ${t - 1} are shown as <${t}, and a few others are hidden so that the small ones cannot be worked out from the totals. No shares are based on hidden numbers.`,
    synthetic: 'Synthetic test data: the figures per health centre and month are made up.',
    distNoteRanked: (period, region) =>
      `RUB 5, ${period}, highest first. Dashed line: the region (${region}).`,
    privacy: 'This tab shows aggregated figures only, never data about individual patients.',
    source: 'RUB = ACG Resource Utilization Band; 5 is the most care-intensive.',
    privacyLink: 'Privacy',
    termsLink: 'Terms',
  },
};

let s = texts(PAGE);
const charts = new Map();
const state = { me: null, units: [], unitId: '', view: 'personal', data: null };

const percent = (share) => (share === null ? null : Math.round(share * 1000) / 10);

// --- Charts (Chart.js, bundled from node_modules under /tab/vendor) -----------------------------

function palette() {
  return {
    text: cssVar('--text'),
    muted: cssVar('--muted'),
    grid: cssVar('--grid'),
    accent: cssVar('--accent'),
    accent2: cssVar('--accent-2'),
    bar: cssVar('--bar'),
    surface: cssVar('--surface'),
  };
}

/** A dashed reference line at x = value on a horizontal bar chart (the region's share). */
const referenceLine = {
  id: 'naraReference',
  afterDatasetsDraw(chart, _args, options) {
    if (options.value === null || options.value === undefined) return;
    const { ctx: g, chartArea, scales } = chart;
    const x = scales.x.getPixelForValue(options.value);
    g.save();
    g.strokeStyle = options.color;
    g.lineWidth = 2;
    g.setLineDash([6, 4]);
    g.beginPath();
    g.moveTo(x, chartArea.top);
    g.lineTo(x, chartArea.bottom);
    g.stroke();
    g.restore();
  },
};

function drawChart(id, config) {
  charts.get(id)?.destroy();
  const canvas = document.getElementById(id);
  const p = palette();
  Chart.defaults.color = p.text;
  Chart.defaults.borderColor = p.grid;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const chart = new Chart(canvas, {
    ...config,
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: chartLocale(),
      ...config.options,
    },
  });
  charts.set(id, chart);
}

/** A percentage on an axis, as the language writes it: "30 %" / "30%". */
const percentTick = (value) => fmtShare(value / 100, 0);

function drawDistribution(dist, selectedId) {
  const p = palette();
  const items = dist.items;
  const region = percent(dist.region.withoutFastLakarkontakt.share);
  drawChart('chart-distribution', {
    type: 'bar',
    data: {
      labels: items.map((i) => i.unit.shortName),
      datasets: [
        {
          label: s.without,
          data: items.map((i) => percent(i.withoutFastLakarkontakt.share)),
          backgroundColor: items.map((i) => (i.unit.id === selectedId ? p.accent : p.bar)),
          borderColor: items.map((i) => (i.unit.id === selectedId ? p.accent : p.bar)),
          borderWidth: ctx.theme === 'contrast' ? 1 : 0,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    },
    plugins: [referenceLine],
    options: {
      indexAxis: 'y',
      scales: {
        x: { beginAtZero: true, ticks: { callback: percentTick }, grid: { color: p.grid } },
        y: { ticks: { autoSkip: false, font: { size: 11 } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        naraReference: { value: region, color: p.text },
        tooltip: {
          callbacks: {
            label: (c) =>
              `${s.without}: ${fmtShare(items[c.dataIndex].withoutFastLakarkontakt.share)}`,
          },
        },
      },
    },
  });
  document.getElementById('dist-note').textContent = [
    s.distNoteRanked(fmtPeriod(dist.period), fmtShare(dist.region.withoutFastLakarkontakt.share)),
    dist.synthetic ? s.synthetic : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function drawTrend(trend, id = 'chart-trend') {
  const p = palette();
  const colours = [
    p.accent,
    p.accent2,
    cssVar('--series-3'),
    cssVar('--series-4'),
    cssVar('--series-5'),
  ];
  const datasets = [];
  const own = trend.series.filter((x) => x.unit !== null);
  const region = trend.series.find((x) => x.unit === null);
  const line = (label, series, pick, colour, dashed) => ({
    label,
    data: trend.periods.map((period) => {
      const point = series.points.find((pt) => pt.period === period);
      return point ? percent(pick(point).share) : null;
    }),
    borderColor: colour,
    backgroundColor: colour,
    borderDash: dashed ? [6, 4] : [],
    pointRadius: dashed ? 0 : 3,
    borderWidth: 2,
    spanGaps: false,
    tension: 0.2,
  });
  if (state.view === 'personal') {
    const name = own[0] ? own[0].unit.shortName : s.regionName;
    const base = own[0] ?? region;
    datasets.push(
      line(s.trendWithout(name), base, (pt) => pt.withoutFastLakarkontakt, p.accent, false),
    );
    datasets.push(line(s.trendSip(name), base, (pt) => pt.withSip, p.accent2, false));
    if (own[0] && region) {
      datasets.push(
        line(
          s.trendWithout(s.regionName),
          region,
          (pt) => pt.withoutFastLakarkontakt,
          p.accent,
          true,
        ),
      );
      datasets.push(line(s.trendSip(s.regionName), region, (pt) => pt.withSip, p.accent2, true));
    }
  } else {
    own.forEach((series, i) =>
      datasets.push(
        line(
          series.unit.shortName,
          series,
          (pt) => pt.withoutFastLakarkontakt,
          colours[i % colours.length],
          false,
        ),
      ),
    );
    if (region)
      datasets.push(line(s.regionName, region, (pt) => pt.withoutFastLakarkontakt, p.muted, true));
  }
  drawChart(id, {
    type: 'line',
    data: { labels: trend.periods.map(fmtPeriodShort), datasets },
    options: {
      scales: {
        y: { beginAtZero: true, ticks: { callback: percentTick }, grid: { color: p.grid } },
        x: { grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 2, padding: 10 } },
        tooltip: {
          callbacks: { label: (c) => `${c.dataset.label}: ${fmtShare(c.parsed.y / 100)}` },
        },
      },
    },
  });
}

// --- The personal "Översikt" -----------------------------------------------------------------

function tile(key, label, value, ...notes) {
  return el(
    'div',
    { class: 'tile' },
    el('span', { class: 'tile-label' }, label),
    el('span', { class: 'tile-value', 'data-metric': key }, value),
    ...notes.filter(Boolean).map((n) => el('span', { class: 'tile-note' }, n)),
  );
}

function renderSummary(summary, region) {
  const tiles = document.getElementById('tiles');
  const regionShare = (key) => (summary.unit ? s.regionShare(fmtShare(region[key].share)) : null);
  fill(
    tiles,
    tile(
      'patients',
      s.patients,
      fmtCount(summary.patients),
      summary.unit && s.regionPatients(fmtCount(region.patients)),
    ),
    tile(
      'withoutFastLakarkontakt',
      s.without,
      fmtCount(summary.withoutFastLakarkontakt),
      s.ofPatients(fmtShare(summary.withoutFastLakarkontakt.share)),
      regionShare('withoutFastLakarkontakt'),
    ),
    tile(
      'withSip',
      s.sip,
      fmtCount(summary.withSip),
      s.ofPatients(fmtShare(summary.withSip.share)),
      regionShare('withSip'),
    ),
    tile(
      'averageAge',
      s.age,
      summary.averageAge === null ? '–' : `${fmtNumber(summary.averageAge, 1)} ${s.years}`,
      summary.unit &&
        region.averageAge !== null &&
        s.regionPatients(`${fmtNumber(region.averageAge, 1)} ${s.years}`),
    ),
  );
  const body = document.querySelector('#indicators tbody');
  fill(
    body,
    ...INDICATORS.map((key) => {
      const v = summary.indicators[key];
      const width = v.share === null ? 0 : Math.round(v.share * 100);
      return el(
        'tr',
        {},
        el('th', { scope: 'row' }, s[key]),
        el('td', { class: 'num', 'data-metric': `indicators.${key}` }, fmtCount(v)),
        el('td', { class: 'num' }, fmtShare(v.share)),
        el(
          'td',
          { class: 'bar-cell', 'aria-hidden': 'true' },
          el('span', { class: 'bar', 'data-width': width }),
        ),
      );
    }),
  );
  // Inline style attributes are blocked by the CSP; set widths through the CSSOM instead.
  body.querySelectorAll('.bar').forEach((bar) => (bar.style.width = `${bar.dataset.width}%`));
  const unitName = summary.unit ? summary.unit.name : s.region;
  const sub = s.sub(unitName, fmtPeriod(summary.period));
  document.getElementById('subtitle').textContent = summary.synthetic
    ? `${sub} · ${s.synthetic}`
    : sub;
}

async function loadPersonal() {
  const unitId = state.unitId;
  const data = {};
  state.data = data;
  // Each part is drawn as soon as it arrives: the numbers first, then the charts.
  await Promise.all([
    Promise.all([api('summary', { unitId }), api('summary')]).then(([summary, region]) => {
      renderSummary(summary, region);
      performance.mark('nara-numbers');
    }),
    api('distribution').then((distribution) => {
      data.distribution = distribution;
      drawDistribution(distribution, unitId);
    }),
    api('trend', { unitIds: unitId, region: '1' }).then((trend) => {
      data.trend = trend;
      drawTrend(trend);
      document.getElementById('trend-title').textContent = s.trendTitle(
        fmtPeriod(trend.periods[0]),
      );
      document.getElementById('trend-note').textContent = unitId ? s.trendNote : s.trendNoteRegion;
    }),
  ]);
}

function personalSkeleton() {
  const unitSelect = el(
    'select',
    { id: 'unit-select', onchange: (e) => ((state.unitId = e.target.value), refresh()) },
    el('option', { value: '' }, s.region),
    state.units.map((u) => el('option', { value: u.id, selected: u.id === state.unitId }, u.name)),
  );
  return [
    el(
      'header',
      { class: 'top' },
      el(
        'div',
        {},
        el('h1', {}, s.overview),
        el('p', { id: 'subtitle', class: 'muted' }, s.loading),
      ),
      el('label', { class: 'field inline' }, el('span', {}, s.unit), unitSelect),
    ),
    !state.me && el('p', { class: 'note' }, s.notInDirectory),
    el('section', { id: 'tiles', class: 'tiles', 'aria-live': 'polite' }),
    el(
      'div',
      { class: 'grid' },
      el(
        'section',
        { class: 'card' },
        el('h2', {}, s.indicatorsTitle),
        el(
          'table',
          { id: 'indicators', class: 'data' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { scope: 'col' }, s.measure),
              el('th', { scope: 'col', class: 'num' }, s.count),
              el('th', { scope: 'col', class: 'num' }, s.share),
              el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, s.share)),
            ),
          ),
          el('tbody'),
        ),
      ),
      el(
        'section',
        { class: 'card' },
        el('h2', { id: 'trend-title' }, s.trendTitle('')),
        el('p', { id: 'trend-note', class: 'muted small' }, s.trendNote),
        el(
          'div',
          { class: 'chart-box' },
          el('canvas', { id: 'chart-trend', role: 'img', 'aria-label': s.trendNote }),
        ),
      ),
    ),
    el(
      'section',
      { class: 'card' },
      el('h2', {}, s.distTitle),
      el('p', { id: 'dist-note', class: 'muted small' }),
      el(
        'div',
        { class: 'chart-box tall' },
        el('canvas', { id: 'chart-distribution', role: 'img', 'aria-label': s.distTitle }),
      ),
    ),
    contactsSection(),
  ];
}

// --- Contact search: the bot's own search (the lexicon) via /tab/api/contacts -------------------

function contactsSection() {
  const input = el('input', {
    id: 'contact-query',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    placeholder: s.contactsPlaceholder,
    maxlength: 100,
  });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => input.value.trim().length >= 2 && searchContacts(input.value), 350);
  });
  const form = el(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        clearTimeout(timer);
        searchContacts(input.value);
      },
    },
    el('label', { for: 'contact-query', class: 'visually-hidden' }, s.contactsLabel),
    input,
    el('button', { type: 'submit', class: 'primary' }, s.search),
  );
  return el(
    'section',
    { class: 'card' },
    el('h2', {}, s.contactsTitle),
    form,
    el('div', { id: 'contact-results', 'aria-live': 'polite' }),
  );
}

function phoneLinks(phones) {
  return phones.map((ph) =>
    el(
      'span',
      { class: 'phone' },
      `${s.phone[ph.kind] ?? ph.kind} `,
      ph.tel ? el('a', { href: ph.tel }, ph.number) : ph.number,
    ),
  );
}

function contactItem(r) {
  if (r.type === 'person') {
    return el(
      'li',
      { class: 'contact', 'data-type': 'person' },
      el('strong', { class: 'contact-name' }, r.name),
      el('span', { class: 'muted' }, [r.title, r.unit].filter(Boolean).join(' · ')),
      el(
        'span',
        { class: 'contact-ways' },
        phoneLinks(r.phones),
        r.email && el('a', { href: `mailto:${r.email}` }, r.email),
      ),
    );
  }
  if (r.type === 'unit') {
    return el(
      'li',
      { class: 'contact', 'data-type': 'unit' },
      el('strong', { class: 'contact-name' }, r.name),
      el('span', { class: 'muted' }, [r.municipality, r.address].filter(Boolean).join(' · ')),
      el(
        'span',
        { class: 'contact-ways' },
        phoneLinks(r.phones),
        r.email && el('a', { href: `mailto:${r.email}` }, r.email),
      ),
    );
  }
  return el(
    'li',
    { class: 'contact', 'data-type': 'group' },
    el('strong', { class: 'contact-name' }, r.name),
    el('span', { class: 'muted' }, r.area),
    r.contacts.length > 0 &&
      el(
        'span',
        {},
        `${s.contactsOf} ${r.contacts.map((c) => `${c.name} (${c.title})`).join(', ')}`,
      ),
  );
}

async function searchContacts(query) {
  const q = query.trim();
  const out = document.getElementById('contact-results');
  if (!q) return fill(out);
  try {
    const found = await api('contacts', { q });
    if (found.results.length === 0) {
      fill(
        out,
        el('p', {}, s.noMatch(q)),
        found.suggestions.length > 0 &&
          el(
            'p',
            {},
            `${s.didYouMean} `,
            found.suggestions.map((name, i) => [
              i > 0 && ', ',
              el('button', { type: 'button', class: 'link', onclick: () => runSearch(name) }, name),
            ]),
          ),
      );
    } else fill(out, el('ul', { class: 'contacts' }, found.results.map(contactItem)));
  } catch (error) {
    fill(out, el('p', { class: 'error' }, failureText(error)));
  }
}

function runSearch(name) {
  document.getElementById('contact-query').value = name;
  searchContacts(name);
}

// --- The channel tab ---------------------------------------------------------------------------

function channelSkeleton(threshold) {
  return [
    el(
      'header',
      { class: 'top' },
      el(
        'div',
        {},
        el('h1', {}, s.channelTitle),
        el('p', { id: 'subtitle', class: 'muted' }, s.loading),
      ),
    ),
    threshold > 0 && el('p', { class: 'note' }, s.smallCounts(threshold)),
    el(
      'section',
      { class: 'card wide' },
      el('div', { class: 'table-scroll' }, el('table', { id: 'channel-table', class: 'data' })),
    ),
    el(
      'section',
      { class: 'card' },
      el('h2', { id: 'trend-title' }, s.trendTitle('')),
      el('p', { class: 'muted small' }, s.trendNoteChannel),
      el(
        'div',
        { class: 'chart-box' },
        el('canvas', { id: 'chart-trend', role: 'img', 'aria-label': s.trendNoteChannel }),
      ),
    ),
  ];
}

function renderChannelTable(summaries) {
  const cell = (key, shownValue, withShare) =>
    el(
      'td',
      { class: 'num', 'data-metric': key },
      fmtCount(shownValue),
      withShare &&
        shownValue.share !== null &&
        el('span', { class: 'share' }, `(${fmtShare(shownValue.share)})`),
    );
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, s.unit),
    el('th', { scope: 'col', class: 'num' }, s.patients),
    el('th', { scope: 'col', class: 'num' }, s.without),
    el('th', { scope: 'col', class: 'num' }, s.sip),
    el('th', { scope: 'col', class: 'num' }, s.age),
    INDICATORS.map((k) => el('th', { scope: 'col', class: 'num' }, s[k])),
  );
  const rows = summaries.map((x) =>
    el(
      'tr',
      { 'data-unit': x.unit ? x.unit.id : 'region' },
      el('th', { scope: 'row' }, x.unit ? x.unit.name : s.region),
      cell('patients', x.patients, false),
      cell('withoutFastLakarkontakt', x.withoutFastLakarkontakt, true),
      cell('withSip', x.withSip, true),
      el(
        'td',
        { class: 'num', 'data-metric': 'averageAge' },
        x.averageAge === null ? '–' : fmtNumber(x.averageAge, 1),
      ),
      INDICATORS.map((k) => cell(`indicators.${k}`, x.indicators[k], false)),
    ),
  );
  fill(
    document.getElementById('channel-table'),
    el('thead', {}, head),
    el('tbody', {}, rows.slice(0, -1)),
    el('tfoot', {}, rows.slice(-1)),
  );
}

async function loadChannel(unitIds) {
  const summaries = await Promise.all([...unitIds, ''].map((unitId) => api('summary', { unitId })));
  renderChannelTable(summaries);
  const period = fmtPeriod(summaries[0].period);
  document.getElementById('subtitle').textContent = summaries.some((x) => x.synthetic)
    ? `RUB 5 · ${period} · ${s.synthetic}`
    : `RUB 5 · ${period}`;
  performance.mark('nara-numbers');
  const trend = await api('trend', { unitIds: unitIds.join(','), region: '1' });
  state.data = { trend };
  drawTrend(trend);
  document.getElementById('trend-title').textContent = s.trendTitle(fmtPeriod(trend.periods[0]));
}

// --- Start ----------------------------------------------------------------------------------

function footer() {
  const keep = ctx.mode === 'dev' ? location.search : '';
  return el(
    'footer',
    {},
    el('p', {}, s.privacy, ' ', s.source),
    el(
      'p',
      {},
      el('a', { href: `privacy.html${keep}` }, s.privacyLink),
      ' · ',
      el('a', { href: `terms.html${keep}` }, s.termsLink),
    ),
  );
}

async function refresh() {
  document.body.dataset.state = 'loading';
  try {
    if (state.view === 'channel') await loadChannel(state.channelUnits);
    else await loadPersonal();
    document.body.dataset.state = 'ready';
  } catch (error) {
    document.body.dataset.state = 'error';
    document.getElementById('subtitle').textContent = failureText(error);
  }
}

async function main() {
  const started = await start();
  if (!started.ready) return;
  s = texts(PAGE);
  const main = document.querySelector('main');
  try {
    const params = ctx.params;
    // The route decides the view, on the server too: /tab/channel/ is the channel tab. A channel
    // tab saved before that route existed (index.html?view=channel) moves to it.
    const onChannelRoute = location.pathname.includes('/tab/channel/');
    if (!onChannelRoute && params.get('view') === 'channel') {
      location.replace(new URL(`channel/index.html${location.search}`, location.href));
      return;
    }
    const [me, units] = await Promise.all([api('me'), onChannelRoute ? undefined : api('units')]);
    state.view = me.scope === 'channel' ? 'channel' : 'personal';
    state.me = me.user;
    if (state.view === 'channel') {
      state.channelUnits = (params.get('units') ?? '').split(',').filter(Boolean).slice(0, 12);
      if (state.channelUnits.length === 0) {
        showMessage(s.channelTitle, s.noUnits);
        return notifyLoaded();
      }
      fill(main, ...channelSkeleton(me.smallCountThreshold).filter(Boolean), footer());
    } else {
      state.units = units.items;
      state.unitId = me.user?.healthCentre?.id ?? '';
      fill(main, ...personalSkeleton().filter(Boolean), footer());
    }
    notifyLoaded();
    await refresh();
  } catch (error) {
    showMessage(texts().loadFailed, failureText(error));
    notifyLoaded();
  }
  document.addEventListener('nara:theme', () => {
    if (state.data?.distribution) drawDistribution(state.data.distribution, state.unitId);
    if (state.data?.trend) drawTrend(state.data.trend);
  });
}

main();
