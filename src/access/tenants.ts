// The tenant allowlist (ALLOWED_TENANT_IDS): empty = every tenant. Applied once per activity,
// before any handler (src/bot/naraBot.ts run()), so no new handler can forget it.

export type TenantSignals = {
  /** conversation.tenantId */
  conversationTenantId?: string;
  /** channelData.tenant.id */
  channelDataTenantId?: string;
};

/** Every tenant the activity names must be allowed, and it must name at least one. */
export function tenantAllowed(allowed: readonly string[], s: TenantSignals): boolean {
  if (allowed.length === 0) return true;
  const named = [s.conversationTenantId, s.channelDataTenantId].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  const wanted = new Set(allowed.map((t) => t.toLowerCase()));
  return named.length > 0 && named.every((t) => wanted.has(t.toLowerCase()));
}
