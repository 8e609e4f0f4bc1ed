import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import { z } from 'zod';
import type { View } from '../cards/cardModels';
import { UpstreamError } from '../clients/upstreamErrors';
import { renderView } from '../cards/render';
import { strings } from '../i18n/strings';
import { cardDeps, entityView } from '../skills/contacts/entityCards';
import type { Services } from '../skills/skill';
import type { Candidate, Language } from '../understanding/intent';
import { lookupWithTypes, type EntityType } from '../understanding/lexicon';
import { stripTeamsMarkup } from '../understanding/teamsText';

// The searchContacts message extension: people, units and groups as preview + Adaptive Card,
// inserted by the user into any chat.

const COORDINATION_GROUP_ID = 'samordnande-arbetsgrupp';
const MAX_RESULTS = 8;

const QuerySchema = z.object({
  commandId: z.literal('searchContacts'),
  parameters: z.array(z.object({ name: z.string(), value: z.unknown() })).optional(),
});

type Hit = { type: EntityType; id: string };

function queryText(query: MessagingExtensionQuery): string {
  const parameter = query.parameters?.find((p) => p.name === 'query');
  return typeof parameter?.value === 'string' ? stripTeamsMarkup(parameter.value) : '';
}

function searchHits(services: Services, text: string): Hit[] {
  const { match, types } = lookupWithTypes(services.lexicon(), 'any', text);
  const candidates: Candidate[] =
    match.status === 'found'
      ? [match]
      : match.status === 'ambiguous'
        ? match.candidates
        : match.closest;
  return candidates.slice(0, MAX_RESULTS).map((c, i) => ({ type: types[i] ?? 'person', id: c.id }));
}

/** Empty query (or initialRun): the coordination group, then the groups asked about most, then the rest. */
async function defaultHits(services: Services): Promise<Hit[]> {
  const groups = await services.directory.groups();
  const known = new Set(groups.map((g) => g.id));
  const order = [
    COORDINATION_GROUP_ID,
    ...services.asked.top(MAX_RESULTS),
    ...groups.map((g) => g.id),
  ];
  return [...new Set(order)]
    .filter((id) => known.has(id))
    .slice(0, MAX_RESULTS)
    .map((id) => ({ type: 'group', id }));
}

function previewOf(view: View): { title: string; text: string } {
  const data = view.data as { name?: string; subtitle?: string };
  return { title: data.name ?? '', text: data.subtitle ?? '' };
}

export async function searchContacts(
  query: MessagingExtensionQuery,
  language: Language,
  services: Services,
): Promise<MessagingExtensionResponse> {
  if (!QuerySchema.safeParse(query).success) {
    return { composeExtension: { type: 'message', text: strings(language).staleAction.text } };
  }
  const text = queryText(query);
  const isInitialRun = query.parameters?.some((p) => p.name === 'initialRun' && p.value === 'true');
  // Inserted into other chats and read on any client: no suggest buttons (they answer to the bot,
  // which may not be in that chat), tel: offered since the reader may be on a phone.
  const deps = cardDeps(services, language, { telWorks: true, suggest: false });
  let views: (View | undefined)[];
  try {
    const hits = text && !isInitialRun ? searchHits(services, text) : await defaultHits(services);
    views = await Promise.all(hits.map((h) => entityView(deps, h.type, h.id)));
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { composeExtension: { type: 'message', text: strings(language).upstream.directory } };
  }
  const attachments: MessagingExtensionAttachment[] = views
    .filter((v): v is View => !!v)
    .map((view) => {
      const { title, text: subtitle } = previewOf(view);
      return {
        ...CardFactory.adaptiveCard(renderView(view)),
        preview: CardFactory.thumbnailCard(title, subtitle),
      };
    });
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
