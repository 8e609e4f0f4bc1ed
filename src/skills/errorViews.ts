import type { View } from '../cards/cardModels';
import type { UpstreamError } from '../clients/upstreamErrors';
import { strings } from '../i18n/strings';
import type { Language } from '../understanding/intent';

/** The friendly card for an upstream failure: names the source, never the technical detail. */
export function upstreamErrorView(error: UpstreamError, language: Language): View {
  const s = strings(language).upstream;
  const key = error.reason === 'unavailable' ? error.source : (`${error.source}Invalid` as const);
  return {
    card: 'message',
    data: { title: s.title, text: s[key], color: 'Warning', suggestions: [] },
  };
}

/** The database could not be read or written: said plainly, never read as "nothing there". */
export function storeUnavailableView(language: Language): View {
  return simpleMessageView(strings(language).storeUnavailable, 'Warning');
}

export function internalErrorView(language: Language, reference: string): View {
  const s = strings(language).error;
  return {
    card: 'message',
    data: {
      title: s.title,
      text: s.text,
      footnote: s.reference(reference),
      color: 'Attention',
      suggestions: [],
    },
  };
}

export function simpleMessageView(
  message: { title: string; text: string },
  color: 'Default' | 'Attention' | 'Warning' | 'Good' = 'Default',
): View {
  return { card: 'message', data: { ...message, color, suggestions: [] } };
}
