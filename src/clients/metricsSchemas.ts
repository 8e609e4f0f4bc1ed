import { z } from 'zod';

// The metrics API contract (API-CONTRACT.md).

export const PeriodIdSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const PeriodListSchema = z.object({
  items: z.array(z.object({ id: PeriodIdSchema, label: z.string() })),
  current: PeriodIdSchema,
});
export type PeriodList = z.infer<typeof PeriodListSchema>;

export const indicatorKeys = [
  'akutbesok',
  'ambulans',
  'hemsjukvard',
  'psykiatri',
  'rehabilitering',
  'aterinlaggning',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

const count = z.number().int().nonnegative();

export const IndicatorCountsSchema = z.object({
  akutbesok: count,
  ambulans: count,
  hemsjukvard: count,
  psykiatri: count,
  rehabilitering: count,
  aterinlaggning: count,
});

export const RubLevelSchema = z.number().int().min(0).max(5);

export const RubSummarySchema = z.object({
  period: PeriodIdSchema,
  unitId: z.string().nullable(),
  level: RubLevelSchema,
  patients: count,
  averageAge: z.number().nonnegative(),
  withoutFastLakarkontakt: count,
  withSip: count,
  indicators: IndicatorCountsSchema,
  // Added to the contract: true when the figures come from a synthetic population (the reference API).
  synthetic: z.boolean().optional(),
});
export type RubSummary = z.infer<typeof RubSummarySchema>;

export const RubByUnitSchema = z.object({ items: z.array(RubSummarySchema) });

export const PatientSchema = z.object({
  ref: z.string().regex(/^P-[0-9A-Z]{5,}$/),
  birthYear: z.number().int(),
  sex: z.enum(['K', 'M']),
  rubLevel: RubLevelSchema,
  listedUnitId: z.string(),
  fastLakarkontakt: z.boolean(),
  sip: z.boolean(),
  indicators: z.object({
    akutbesok: z.boolean(),
    ambulans: z.boolean(),
    hemsjukvard: z.boolean(),
    psykiatri: z.boolean(),
    rehabilitering: z.boolean(),
    aterinlaggning: z.boolean(),
  }),
  synthetic: z.literal(true),
});
export type Patient = z.infer<typeof PatientSchema>;

export const PatientPageSchema = z.object({ total: count, items: z.array(PatientSchema) });
export type PatientPage = z.infer<typeof PatientPageSchema>;
