// Links a card may open. Values are encoded; nothing from user text becomes a scheme or host.

export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(email) ? `mailto:${email}` : undefined;
}

/** Teams deep link that opens a 1:1 chat with the person (by UPN or e-mail). */
export function teamsChatUrl(upnOrEmail: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upnOrEmail)}`;
}

/** Teams deep link that starts a Teams call with the person (by UPN). */
export function teamsCallUrl(upn: string): string {
  return `https://teams.microsoft.com/l/call/0/0?users=${encodeURIComponent(upn)}`;
}
