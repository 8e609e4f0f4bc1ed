import type { AuditRecord } from '../../src/access/auditLog';

/** A synthetic audit record: page n of a list a test manager saw in a 1:1 chat. */
export const sampleAuditRecord = (n: number, refs = ['P-7Q2K9', 'P-00ABC']): AuditRecord => ({
  time: new Date(Date.UTC(2023, 3, 1, 8, 0, n)).toISOString(),
  event: 'patientList',
  user: {
    aadObjectId: '00000000-0000-4000-8000-000000000109',
    name: 'Testa Gripenchef',
    personId: 'test-bec-gripen',
  },
  conversation: 'personal',
  conversationId: 'a:1personal-chat',
  unitId: 'hc-gripen',
  filter: { level: 5, withoutFastLakarkontakt: true },
  period: '2023-03',
  page: n,
  total: 45,
  refs,
});
