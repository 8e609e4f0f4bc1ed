import type { ContactLine, View } from '../../cards/cardModels';
import { plainUserText } from '../../cards/textFormat';
import type { Unit } from '../../clients/directorySchemas';
import { strings } from '../../i18n/strings';
import type { Handler, IntentOf } from '../intentHandlers';

// "Vilka hälsocentraler finns i Nybro?": the units of a municipality (or all of them), of one kind
// or any, as a list; each opens the unit card. The list is bounded: a county has a few dozen.

const MAX_UNITS = 25;

export const unitsInAreaSkill: Handler<IntentOf<'unitsInArea'>> = async (
  intent,
  turn,
  services,
) => {
  const language = turn.language;
  const units = await services.directory.units({
    ...(intent.unitKind ? { kind: intent.unitKind } : {}),
    ...(intent.municipality ? { municipality: intent.municipality } : {}),
  });
  return [unitsInAreaView(units, intent, language)];
};

/** The list card: title by kind and place, one line per unit with a button to its card. */
export function unitsInAreaView(
  units: readonly Unit[],
  intent: Pick<IntentOf<'unitsInArea'>, 'municipality' | 'unitKind'>,
  language: IntentOf<'unitsInArea'>['language'],
): View {
  const s = strings(language).unitsInArea;
  const kindNames = strings(language).contacts.unitKinds;
  const kinds = intent.unitKind ? s.kinds[intent.unitKind] : s.anyKind;
  const place = intent.municipality ? plainUserText(intent.municipality) : undefined;
  const sorted = [...units].sort((a, b) =>
    a.name.localeCompare(b.name, language === 'sv' ? 'sv' : 'en'),
  );
  const shown = sorted.slice(0, MAX_UNITS);
  const contacts: ContactLine[] = shown.map((u) => ({
    name: u.name,
    subtitle: `${kindNames[u.kind]} · ${u.municipality}`,
    rows: [],
    actions: [],
    submits: [{ title: s.open, data: { action: 'choose', kind: 'unitLookup', id: u.id } }],
  }));
  const empty = place ? s.none(kinds, place) : s.noneAnywhere(kinds);
  return {
    card: 'peopleList',
    data: {
      title: place ? s.title(kinds, place) : s.everywhere(kinds),
      ...(shown.length > 0 ? { intro: s.intro(sorted.length) } : { empty }),
      contacts,
      ...(sorted.length > shown.length ? { pageText: s.more(sorted.length - shown.length) } : {}),
      pager: [],
    },
  };
}
