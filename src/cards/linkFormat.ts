// Links a card may open. Values are encoded; nothing from user text becomes a scheme or host.

export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(email) ? `mailto:${email}` : undefined;
}

/** Teams deep link that opens a 1:1 chat with the person (by UPN or e-mail). */
export function teamsChatUrl(upnOrEmail: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upnOrEmail)}`;
}

/**
 * User text echoed in a card: markdown-active characters removed (Teams shows backslash escapes
 * literally), so input cannot create links or formatting; cut to a readable length.
 */
export function plainUserText(text: string, max = 80): string {
  const plain = text
    .replace(/[\\`*_[\]()#<>|~!]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
