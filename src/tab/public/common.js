// Shared by the tab's pages: start-up (in Teams, or local development mode), language and theme,
// the authenticated API call, and number formatting. Plain modern JS, served as-is.
/* global microsoftTeams */

const TEAMS_INIT_TIMEOUT_MS = 4000;

export const ctx = {
  lang: 'sv',
  theme: 'default',
  /** 'teams' | 'dev' */
  mode: 'teams',
  devUser: null,
  params: new URLSearchParams(location.search),
};

const STRINGS = {
  sv: {
    loading: 'Laddar …',
    outsideTitle: 'Öppna Nära i Microsoft Teams',
    outsideText:
      'Den här sidan är en flik i appen Nära och fungerar bara inuti Microsoft Teams. Öppna Nära i Teams och välj fliken Översikt.',
    outsideDev: 'Lokal utveckling: öppna med en testanvändare',
    devOff:
      'Utvecklingsläget är inte påslaget på servern (TAB_DEV_MODE=true, bara utan MicrosoftAppId).',
    signInFailed:
      'Inloggningen misslyckades. Stäng fliken och öppna den igen. Hjälper inte det, kontakta IT-support.',
    loadFailed: 'Det gick inte att hämta siffrorna just nu. Försök igen om en stund.',
    devBanner: (name) => `Utvecklingsläge – testanvändare: ${name}`,
    devSwitch: 'Byt testanvändare',
    devPickTitle: 'Välj testanvändare',
    devPickText:
      'Lokalt utvecklingsläge: fliken körs utan Teams, som en syntetisk testanvändare ur katalogen.',
    devUser: 'Testanvändare',
    devLang: 'Språk',
    devTheme: 'Tema',
    devView: 'Vy',
    devOpen: 'Öppna fliken',
    themeDefault: 'Ljust',
    themeDark: 'Mörkt',
    themeContrast: 'Hög kontrast',
    viewPersonal: 'Personlig flik (Översikt)',
    viewConfig: 'Kanalflik: inställningar',
    region: 'Hela regionen',
  },
  en: {
    loading: 'Loading …',
    outsideTitle: 'Open Nära in Microsoft Teams',
    outsideText:
      'This page is a tab of the Nära app and works only inside Microsoft Teams. Open Nära in Teams and choose its Overview tab.',
    outsideDev: 'Local development: open as a test user',
    devOff:
      'Development mode is not on at the server (TAB_DEV_MODE=true, only without MicrosoftAppId).',
    signInFailed:
      'Sign-in failed. Close the tab and open it again. If that does not help, contact IT support.',
    loadFailed: 'The figures could not be loaded just now. Please try again in a moment.',
    devBanner: (name) => `Development mode – test user: ${name}`,
    devSwitch: 'Switch test user',
    devPickTitle: 'Choose a test user',
    devPickText:
      'Local development mode: the tab runs without Teams, as a synthetic test user from the directory.',
    devUser: 'Test user',
    devLang: 'Language',
    devTheme: 'Theme',
    devView: 'View',
    devOpen: 'Open the tab',
    themeDefault: 'Light',
    themeDark: 'Dark',
    themeContrast: 'High contrast',
    viewPersonal: 'Personal tab (Overview)',
    viewConfig: 'Channel tab: settings',
    region: 'Whole region',
  },
};

/** The strings of the current language, merged with a page's own. */
export function texts(pageStrings = {}) {
  return { ...STRINGS[ctx.lang], ...(pageStrings[ctx.lang] ?? {}) };
}

export const languageOf = (locale) => (/^en\b|^en-/i.test(locale ?? '') ? 'en' : 'sv');
const THEMES = ['default', 'dark', 'contrast'];

export function applyTheme(theme) {
  ctx.theme = THEMES.includes(theme) ? theme : 'default';
  document.documentElement.dataset.theme = ctx.theme;
}

function applyLanguage(lang) {
  ctx.lang = lang === 'en' ? 'en' : 'sv';
  document.documentElement.lang = ctx.lang;
}

// --- Formatting: Swedish style in Swedish ("5 399", "12,3 %"), English style in English ----------

const locale = () => (ctx.lang === 'en' ? 'en-GB' : 'sv-SE');
export const fmtNumber = (n, digits = 0) =>
  new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
/** A count from the API: exact, "<5" when small, or hidden when withheld to protect small ones. */
export const fmtCount = (shown) =>
  shown.n !== null
    ? fmtNumber(shown.n)
    : shown.lt
      ? `<${shown.lt}`
      : ctx.lang === 'en'
        ? 'hidden'
        : 'dolt';
export const fmtShare = (share, digits = 1) =>
  share === null || share === undefined
    ? '–'
    : new Intl.NumberFormat(locale(), {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(share);
const monthDate = (period) =>
  new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
export const fmtPeriod = (period) =>
  new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    monthDate(period),
  );
export const fmtPeriodShort = (period) =>
  new Intl.DateTimeFormat(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    monthDate(period),
  );
export const chartLocale = locale;

// --- DOM helpers -------------------------------------------------------------------------------

/** Creates an element: el('p', { class: 'x' }, 'text', child). Text is always set as text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children; like el(), skips false, null and undefined. */
export function fill(node, ...children) {
  node.replaceChildren(...el('div', {}, ...children).childNodes);
}

/** Replaces the page's content with a message (outside Teams, errors). */
export function showMessage(title, text, ...extra) {
  const main = document.querySelector('main');
  fill(
    main,
    el(
      'section',
      { class: 'message', role: 'status' },
      el('h1', {}, title),
      text && el('p', {}, text),
      ...extra,
    ),
  );
  document.body.dataset.state = 'message';
}

// --- Start-up ------------------------------------------------------------------------------------

function withTimeout(promise, ms) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);
}

/** True when this page could be hosted by Teams (an iframe, a popup, or a mobile web view). */
const maybeInTeams = () => window.parent !== window || !!window.opener || !!window.nativeInterface;

async function devUsers() {
  try {
    const res = await fetch('api/dev/users', { headers: { Accept: 'application/json' } });
    return res.ok ? (await res.json()).items : null;
  } catch {
    return null;
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    document.head.append(el('script', { src, onload: resolve, onerror: reject }));
  });
}

async function startInTeams() {
  // teams-js is loaded only where Teams could host the page: a plain browser never needs it.
  if (!maybeInTeams()) return null;
  try {
    await loadScript('vendor/teams-js.min.js');
    await withTimeout(microsoftTeams.app.initialize(), TEAMS_INIT_TIMEOUT_MS);
    const context = await withTimeout(microsoftTeams.app.getContext(), TEAMS_INIT_TIMEOUT_MS);
    microsoftTeams.app.registerOnThemeChangeHandler((theme) => {
      applyTheme(theme);
      document.dispatchEvent(new CustomEvent('nara:theme'));
    });
    return context;
  } catch {
    return null;
  }
}

/** The outside-Teams page: says so clearly, in both languages; offers dev mode if the server has it. */
async function showOutsideTeams(users) {
  applyLanguage(languageOf(navigator.language));
  const s = texts();
  const other = STRINGS[ctx.lang === 'sv' ? 'en' : 'sv'];
  const extra = [
    el(
      'p',
      { class: 'muted', lang: ctx.lang === 'sv' ? 'en' : 'sv' },
      `${other.outsideTitle}. ${other.outsideText}`,
    ),
  ];
  if (users) {
    const url = new URL(location.href);
    url.searchParams.set('dev', '1');
    extra.push(el('p', {}, el('a', { href: url.pathname + url.search }, s.outsideDev)));
  } else if (ctx.params.has('dev')) {
    extra.push(el('p', { class: 'muted' }, s.devOff));
  }
  showMessage(s.outsideTitle, s.outsideText, ...extra);
}

/** Local development mode without a chosen user: a picker of the synthetic test users. */
function showUserPicker(users) {
  const s = texts();
  const view = ctx.params.get('view') ?? 'personal';
  const select = (name, label, options, value) =>
    el(
      'label',
      { class: 'field' },
      el('span', {}, label),
      el(
        'select',
        { name },
        options.map(([v, t]) => el('option', { value: v, selected: v === value }, t)),
      ),
    );
  const form = el(
    'form',
    { class: 'picker', method: 'get' },
    select(
      'devUser',
      s.devUser,
      users.map((u) => {
        const role = u.title.replace(/\s*\((testanvändare|test user)\)/i, '');
        return [u.aadObjectId, `${u.name} (${[role, u.unit].filter(Boolean).join(', ')})`];
      }),
      users[0]?.aadObjectId,
    ),
    select(
      'lang',
      s.devLang,
      [
        ['sv', 'Svenska'],
        ['en', 'English'],
      ],
      ctx.lang,
    ),
    select(
      'theme',
      s.devTheme,
      [
        ['default', s.themeDefault],
        ['dark', s.themeDark],
        ['contrast', s.themeContrast],
      ],
      ctx.theme,
    ),
    el('input', { type: 'hidden', name: 'dev', value: '1' }),
    el('input', { type: 'hidden', name: 'view', value: view }),
    el('button', { type: 'submit', class: 'primary' }, s.devOpen),
  );
  showMessage(s.devPickTitle, s.devPickText, form);
}

/**
 * Starts the page: in Teams (theme and locale from the context, SSO token for the API), or in
 * local development mode (`?dev=1&devUser=…&lang=en&theme=dark`), or explains that it needs Teams.
 * Returns the Teams context (or null in development mode), or null after showing a message.
 */
export async function start() {
  const p = ctx.params;
  if (p.has('dev')) {
    applyLanguage(p.get('lang') ?? 'sv');
    applyTheme(p.get('theme') ?? 'default');
    const users = await devUsers();
    if (users) {
      ctx.mode = 'dev';
      ctx.devUser = p.get('devUser');
      if (!ctx.devUser) {
        showUserPicker(users);
        return { ready: false };
      }
      const me = users.find((u) => u.aadObjectId === ctx.devUser);
      const switchUrl = new URL(location.href);
      switchUrl.searchParams.delete('devUser');
      document.body.prepend(
        el(
          'div',
          { class: 'dev-banner', role: 'note' },
          texts().devBanner(me ? me.name : ctx.devUser),
          ' · ',
          el('a', { href: switchUrl.pathname + switchUrl.search }, texts().devSwitch),
        ),
      );
      return { ready: true, context: null };
    }
  }
  const context = await startInTeams();
  if (!context) {
    await showOutsideTeams(await devUsers());
    return { ready: false };
  }
  ctx.mode = 'teams';
  applyLanguage(languageOf(context.app.locale));
  applyTheme(context.app.theme);
  return { ready: true, context };
}

/** Tells Teams the page has loaded (no-op in development mode). */
export function notifyLoaded() {
  if (ctx.mode === 'teams') microsoftTeams.app.notifySuccess();
}

// --- The tab's API ---------------------------------------------------------------------------

export class ApiError extends Error {
  constructor(status) {
    super(`tab api ${status}`);
    this.status = status;
  }
}

async function authHeaders() {
  if (ctx.mode === 'dev') return { 'X-Nara-Dev-User': ctx.devUser };
  try {
    const token = await microsoftTeams.authentication.getAuthToken();
    return { Authorization: `Bearer ${token}` };
  } catch {
    throw new ApiError(401);
  }
}

/** GET /tab/api/<path> as the signed-in (or test) user. */
export async function api(path, query = {}) {
  const url = new URL(`api/${path}`, location.href);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const res = await fetch(url, {
    headers: { Accept: 'application/json', ...(await authHeaders()) },
  });
  if (!res.ok) throw new ApiError(res.status);
  return res.json();
}

/** The message for a failed API call. */
export function failureText(error) {
  const s = texts();
  return error instanceof ApiError && error.status === 401 ? s.signInFailed : s.loadFailed;
}

/** A CSS variable of the current theme (for chart colours). */
export const cssVar = (name) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();
