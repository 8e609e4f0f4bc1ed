// How a name sounds, for the spellings of one name that differ by more than a typo:
// "Carlson" / "Karlsson", "Sussana" / "Susanna", "Mathias" / "Matias", "Philip" / "Filip". Terms
// are folded already (a–z). The key is only compared with keys: it need not be a word.

const SOUNDS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/[cq]/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/x/g, 'ks'],
];

/** The sound key of a folded name term; one letter twice in a row counts once. */
export function nameSound(term: string): string {
  let key = term;
  for (const [pattern, sound] of SOUNDS) key = key.replace(pattern, sound);
  let single = '';
  for (const c of key) if (c !== single.at(-1)) single += c;
  return single;
}
