// The channel tab's configuration page (teams-js pages.config): a coordinator chooses the health
// centres; the tab then shows their aggregates to everyone in the channel (small counts as "<5").
/* global microsoftTeams */
import {
  api,
  ctx,
  el,
  fill,
  failureText,
  notifyLoaded,
  showMessage,
  start,
  texts,
} from './common.js';

const PAGE = {
  sv: {
    title: 'Välj hälsocentraler för fliken',
    text: 'Alla i kanalen ser sammanställda nyckeltal för RUB 5-patienterna på de hälsocentraler du väljer. Små antal visas som <5. Inga uppgifter om enskilda patienter visas.',
    forbidden: (roles) =>
      `Bara ${roles} kan välja hälsocentraler för en kanalflik. Be en av dem att lägga till fliken.`,
    roles: 'samordnare och chefer',
    legend: 'Hälsocentraler',
    all: 'Välj alla',
    none: 'Rensa',
    chosen: (n) => (n === 1 ? '1 vald' : `${n} valda`),
    max: (n) => `Högst ${n} hälsocentraler.`,
    preview: 'Förhandsgranska fliken',
    tabName: 'Nära – nyckeltal',
  },
  en: {
    title: 'Choose health centres for this tab',
    text: 'Everyone in the channel sees aggregated key figures for the RUB 5 patients of the health centres you choose. Small counts are shown as <5. No data about individual patients is shown.',
    forbidden: (roles) =>
      `Only ${roles} can choose the health centres of a channel tab. Ask one of them to add the tab.`,
    roles: 'coordinators and managers',
    legend: 'Health centres',
    all: 'Select all',
    none: 'Clear',
    chosen: (n) => `${n} selected`,
    max: (n) => `At most ${n} health centres.`,
    preview: 'Preview the tab',
    tabName: 'Nära – key figures',
  },
};

const MAX_UNITS = 12;

function contentUrl(unitIds) {
  // The channel tab's own route: the server answers it with the channel view only.
  const url = new URL('channel/index.html', location.href);
  url.search = '';
  url.searchParams.set('units', unitIds.join(','));
  return url.toString();
}

async function currentUnits() {
  if (ctx.mode === 'dev') return (ctx.params.get('units') ?? '').split(',').filter(Boolean);
  try {
    const config = await microsoftTeams.pages.getConfig();
    return (new URL(config.contentUrl).searchParams.get('units') ?? '').split(',').filter(Boolean);
  } catch {
    return [];
  }
}

async function main() {
  const started = await start();
  if (!started.ready) return;
  const s = texts(PAGE);
  let me;
  let units;
  try {
    [me, units] = await Promise.all([api('me'), api('units')]);
  } catch (error) {
    showMessage(s.title, failureText(error));
    return notifyLoaded();
  }
  const allowed = !!me.user?.mayConfigure;
  const chosen = new Set(await currentUnits());
  const count = el('span', { class: 'muted', 'aria-live': 'polite' });
  const preview = el('a', { class: 'button', id: 'preview' }, s.preview);

  const update = () => {
    const ids = units.items.map((u) => u.id).filter((id) => chosen.has(id));
    count.textContent =
      ids.length > MAX_UNITS
        ? `${s.chosen(ids.length)} · ${s.max(MAX_UNITS)}`
        : s.chosen(ids.length);
    const valid = allowed && ids.length > 0 && ids.length <= MAX_UNITS;
    if (ctx.mode === 'teams') microsoftTeams.pages.config.setValidityState(valid);
    const url = new URL(contentUrl(ids));
    for (const key of ['dev', 'devUser', 'lang', 'theme']) {
      if (ctx.params.has(key)) url.searchParams.set(key, ctx.params.get(key));
    }
    preview.setAttribute('href', url.pathname + url.search);
    preview.classList.toggle('disabled', !valid);
    return ids;
  };

  const boxes = units.items.map((u) =>
    el(
      'label',
      { class: 'check' },
      el('input', {
        type: 'checkbox',
        value: u.id,
        checked: chosen.has(u.id),
        disabled: !allowed,
        onchange: (e) => {
          if (e.target.checked) chosen.add(u.id);
          else chosen.delete(u.id);
          update();
        },
      }),
      el('span', {}, u.name),
    ),
  );
  const setAll = (on) => {
    chosen.clear();
    if (on) units.items.forEach((u) => chosen.add(u.id));
    boxes.forEach((b) => (b.querySelector('input').checked = on));
    update();
  };

  fill(
    document.querySelector('main'),
    el(
      'header',
      { class: 'top' },
      el('div', {}, el('h1', {}, s.title), el('p', { class: 'muted' }, s.text)),
    ),
    !allowed && el('p', { class: 'note', role: 'alert' }, s.forbidden(s.roles)),
    el(
      'fieldset',
      { class: 'card' },
      el('legend', {}, s.legend),
      el(
        'div',
        { class: 'row' },
        el('button', { type: 'button', disabled: !allowed, onclick: () => setAll(true) }, s.all),
        el('button', { type: 'button', disabled: !allowed, onclick: () => setAll(false) }, s.none),
        count,
      ),
      el('div', { class: 'checks' }, boxes),
    ),
    ctx.mode === 'dev' && el('p', {}, preview),
  );

  if (ctx.mode === 'teams') {
    microsoftTeams.pages.config.registerOnSaveHandler(async (saveEvent) => {
      try {
        const url = contentUrl(update());
        await microsoftTeams.pages.config.setConfig({
          entityId: 'nara-channel',
          contentUrl: url,
          websiteUrl: url,
          suggestedDisplayName: s.tabName,
        });
        saveEvent.notifySuccess();
      } catch (error) {
        saveEvent.notifyFailure(String(error));
      }
    });
  }
  update();
  document.body.dataset.state = 'ready';
  notifyLoaded();
}

main();
