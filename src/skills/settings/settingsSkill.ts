import type { View } from '../../cards/cardModels';
import { plainUserText } from '../../cards/textFormat';
import { strings } from '../../i18n/strings';
import { simpleMessageView } from '../errorViews';
import { unitChoiceView, unitPickerView } from '../metrics/myUnit';
import type { Handler, IntentOf } from '../intentHandlers';
import { saveMyUnit } from './userSettings';

// "Min HC är Gripen" / "set my health centre to Gripen": stored per user, survives restarts.
// It only changes which unit "min HC" means; access to patient lists follows the directory.

export const settingsSkill: Handler<IntentOf<'setMyUnit'>> = async (intent, turn, services) => {
  const language = turn.language;
  const s = strings(language);
  const units = s.metrics.units;
  const choose = { action: 'myUnit' };

  const aadObjectId = turn.user.aadObjectId;
  if (!aadObjectId) return [simpleMessageView(s.settings.noUser, 'Warning')];

  const match = intent.unit;
  if (match.status !== 'found') {
    const query = plainUserText(match.query);
    const view: View =
      match.status === 'ambiguous'
        ? await unitChoiceView(
            services,
            language,
            match.candidates,
            units.choiceTitle(query),
            units.choiceText,
            choose,
          )
        : await unitChoiceView(
            services,
            language,
            match.closest,
            units.notFoundTitle(query),
            units.notFoundText,
            choose,
          );
    return [view];
  }

  const unit = await services.directory.unit(match.id);
  if (unit?.kind !== 'halsocentral') {
    const name = plainUserText(unit?.name || match.name || match.id);
    return [
      await unitPickerView(
        services,
        language,
        {
          title: units.notHealthCentreTitle(name),
          text: units.notHealthCentreText,
          submitTitle: units.myUnitSave,
        },
        choose,
      ),
    ];
  }

  await saveMyUnit(services.db, aadObjectId, unit.id);
  services.log.info({ event: 'setting', setting: 'myUnit' }, 'setting saved');
  return [
    {
      card: 'message',
      data: {
        title: s.settings.saved.title(unit.name),
        text: s.settings.saved.text,
        color: 'Good',
        suggestions: [s.settings.suggestionSummary, s.settings.suggestionList].map((text) => ({
          label: text,
          text,
        })),
      },
    },
  ];
};
