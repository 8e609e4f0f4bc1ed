import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { View } from '../cards/cardModels';
import { renderView } from '../cards/render';

export function viewActivity(view: View): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(renderView(view)));
}
