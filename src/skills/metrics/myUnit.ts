import type { MetricsUnitAction } from '../../bot/cardActions';
import type { SubmitData, View } from '../../cards/cardModels';
import { plainUserText } from '../../cards/textFormat';
import type { Unit } from '../../clients/directorySchemas';
import { strings } from '../../i18n/strings';
import type { Candidate, Language, UnitScope } from '../../understanding/intent';
import type { Services, TurnInfo } from '../skill';
import { readUserSettings } from '../settings/userSettings';

// Which health centre a metrics question is about. "Min HC" is the user's own setting if there is
// one, else the unit of their directory entry (found by Teams aadObjectId), else we ask. Choosing
// "min HC" only picks the unit; access to patient rows is decided elsewhere, by the directory.

/** The question to ask again once a health centre is chosen. */
export type AskAgain = Omit<MetricsUnitAction, 'action' | 'unitId'>;

export type ScopeResolution =
  | { kind: 'region' }
  | { kind: 'unit'; unit: Unit; via: 'setting' | 'directory' | 'named' }
  | { kind: 'view'; view: View };

const isHealthCentre = (unit: Unit | undefined): unit is Unit & { kind: 'halsocentral' } =>
  unit?.kind === 'halsocentral';

/** All health centres, by name. */
export async function healthCentres(
  services: Pick<Services, 'directory'>,
  language: Language,
): Promise<Unit[]> {
  const units = await services.directory.units({ kind: 'halsocentral' });
  return units
    .filter(isHealthCentre)
    .sort((a, b) => a.name.localeCompare(b.name, language === 'sv' ? 'sv' : 'en'));
}

/** A compact drop-down of all health centres with one button. */
export async function unitPickerView(
  services: Pick<Services, 'directory'>,
  language: Language,
  text: { title: string; text: string; hint?: string; submitTitle?: string },
  data: SubmitData,
): Promise<View> {
  const s = strings(language).metrics.units;
  const units = await healthCentres(services, language);
  return {
    card: 'unitPicker',
    data: {
      title: text.title,
      text: text.text,
      label: s.pickLabel,
      placeholder: s.pickPlaceholder,
      errorMessage: s.pickRequired,
      choices: units.map((u) => ({ title: u.name, value: u.id })),
      submitTitle: text.submitTitle ?? s.show,
      data,
      hint: text.hint,
    },
  };
}

/** Asks the user for "min HC": the choice is saved as their setting. */
export function myUnitPicker(
  services: Pick<Services, 'directory'>,
  language: Language,
): Promise<View> {
  const s = strings(language).metrics.units;
  return unitPickerView(
    services,
    language,
    { title: s.myUnitTitle, text: s.myUnitText, hint: s.myUnitHint, submitTitle: s.myUnitSave },
    { action: 'myUnit' },
  );
}

/** Candidates that are health centres, as buttons; or the full picker when none is. */
export async function unitChoiceView(
  services: Pick<Services, 'directory'>,
  language: Language,
  candidates: Candidate[],
  title: string,
  text: string,
  data: SubmitData,
): Promise<View> {
  const s = strings(language).metrics.units;
  const units = await healthCentres(services, language);
  const ids = new Set(units.map((u) => u.id));
  const choices = candidates.filter((c) => ids.has(c.id)).slice(0, 8);
  if (choices.length === 0) {
    return unitPickerView(services, language, { title, text: s.notFoundText }, data);
  }
  return {
    card: 'choice',
    data: {
      title,
      text,
      choices: choices.map((c) => ({ title: c.name, data: { ...data, unitId: c.id } })),
    },
  };
}

/** "Min HC": the stored setting, else the directory entry's unit; only health centres count. */
export async function myUnit(
  turn: TurnInfo,
  services: Pick<Services, 'directory' | 'db'>,
): Promise<{ unit: Unit; via: 'setting' | 'directory' } | undefined> {
  const aadObjectId = turn.user.aadObjectId;
  if (!aadObjectId) return undefined;
  const settings = await readUserSettings(services.db, aadObjectId);
  if (settings.myUnitId) {
    const unit = await services.directory.unit(settings.myUnitId);
    if (isHealthCentre(unit)) return { unit, via: 'setting' };
  }
  const person = await services.directory.personByAadObjectId(aadObjectId);
  if (person?.unitId) {
    const unit = await services.directory.unit(person.unitId);
    if (isHealthCentre(unit)) return { unit, via: 'directory' };
  }
  return undefined;
}

export async function resolveScope(
  scope: UnitScope,
  ask: AskAgain,
  turn: TurnInfo,
  services: Pick<Services, 'directory' | 'db'>,
): Promise<ScopeResolution> {
  const s = strings(turn.language).metrics.units;
  const again: SubmitData = { action: 'metricsUnit', ...ask };
  switch (scope.kind) {
    case 'region':
      return { kind: 'region' };
    case 'mine': {
      const mine = await myUnit(turn, services);
      if (mine) return { kind: 'unit', ...mine };
      return { kind: 'view', view: await myUnitPicker(services, turn.language) };
    }
    case 'unit': {
      const match = scope.match;
      if (match.status === 'found') {
        const unit = await services.directory.unit(match.id);
        if (isHealthCentre(unit)) return { kind: 'unit', unit, via: 'named' };
        const name = plainUserText(unit?.name || match.name || match.id);
        const view = await unitPickerView(
          services,
          turn.language,
          { title: s.notHealthCentreTitle(name), text: s.notHealthCentreText },
          again,
        );
        return { kind: 'view', view };
      }
      const query = plainUserText(match.query);
      const view =
        match.status === 'ambiguous'
          ? await unitChoiceView(
              services,
              turn.language,
              match.candidates,
              s.choiceTitle(query),
              s.choiceText,
              again,
            )
          : await unitChoiceView(
              services,
              turn.language,
              match.closest,
              s.notFoundTitle(query),
              s.notFoundText,
              again,
            );
      return { kind: 'view', view };
    }
  }
}
