import type { Language } from '../understanding/intent';
import { en } from './en';
import { sv, type Strings } from './sv';

export type { Strings };

export function strings(language: Language): Strings {
  return language === 'en' ? en : sv;
}
