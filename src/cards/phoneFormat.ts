// Swedish phone numbers as written ("0480-840 29") to E.164 ("+4648084029") for tap-to-call.

/** E.164 for a Swedish number, or undefined when the text is not a plausible phone number. */
export function toE164(written: string): string | undefined {
  const compact = written.replace(/[\s\-()/.]/g, '');
  let national: string;
  if (/^\+46\d{7,10}$/.test(compact)) national = compact.slice(3);
  else if (/^0046\d{7,10}$/.test(compact)) national = compact.slice(4);
  else if (/^0\d{6,10}$/.test(compact)) national = compact.slice(1);
  else return undefined;
  return `+46${national.replace(/^0/, '')}`;
}

export function telUrl(written: string): string | undefined {
  const e164 = toE164(written);
  return e164 ? `tel:${e164}` : undefined;
}
