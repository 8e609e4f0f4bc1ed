import { z } from 'zod';
import { toE164 } from '../cards/phoneFormat';

// A way to reach a unit, group or person, with where the fact comes from (contact register,
// migration 004). The CSV import and the card views use these types.

export const pathKinds = [
  'vaxel',
  'direkt',
  'mobil',
  'funktionsbrevlada',
  'epost',
  'teams',
] as const;
export const PathKindSchema = z.enum(pathKinds);
export type PathKind = z.infer<typeof PathKindSchema>;

export const targetKinds = ['unit', 'group', 'person'] as const;
export const TargetKindSchema = z.enum(targetKinds);
export type TargetKind = z.infer<typeof TargetKindSchema>;

export type Target = { kind: TargetKind; id: string };

/** The source of a fact that came in as a suggestion in Teams and was approved. */
export const PROPOSAL_SOURCE = 'Teams';

/** Kinds whose value is a phone number (checked, offered as tel: where that works). */
export const phoneKinds: ReadonlySet<PathKind> = new Set(['vaxel', 'direkt', 'mobil']);
/** Kinds whose value is an e-mail address. */
export const mailKinds: ReadonlySet<PathKind> = new Set(['funktionsbrevlada', 'epost']);

export const ContactPathSchema = z.object({
  id: z.string().min(1),
  target: z.object({ kind: TargetKindSchema, id: z.string().min(1) }),
  kind: PathKindSchema,
  /** Undefined: the source names this path but gives no number or address. */
  value: z.string().min(1).optional(),
  label: z.string(),
  hours: z.string(),
  source: z.string().min(1),
  addedBy: z.string().optional(),
  confirmedBy: z.string().optional(),
  confirmedAt: z.iso.datetime({ offset: true }).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Confirmed wrong by its reviewer: kept for provenance, never shown (migration 006). */
  withdrawnBy: z.string().optional(),
  withdrawnAt: z.iso.datetime({ offset: true }).optional(),
});
export type ContactPath = z.infer<typeof ContactPathSchema>;

/** A path's fields as a source gives them (a CSV row, a Graph user, an approved suggestion). */
export type PathFact = {
  target: Target;
  kind: PathKind;
  value?: string;
  label: string;
  hours: string;
  source: string;
};

/** Two ways of writing one value ("0480-840 29", "+46 480 84029", "Namn@x.se") as one key. */
export function sameValueKey(value: string): string {
  return toE164(value) ?? value.trim().toLowerCase();
}

/** A path that may be shown as a fact (not confirmed wrong). */
export const isShown = (path: ContactPath): boolean => path.withdrawnAt === undefined;

/** When a fact was last known to be right: confirmed, or else taken in. */
export function factDate(path: ContactPath): Date {
  return new Date(path.confirmedAt ?? path.createdAt);
}

/** True when the fact is older than maxAgeMonths and should be confirmed again. */
export function isStale(path: ContactPath, now: Date, maxAgeMonths: number): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - maxAgeMonths);
  return factDate(path) < limit;
}
