import { patientAccess } from '../../src/access/patientAccess';
import type { Person } from '../../src/clients/directorySchemas';

const manager = (roles: string[], unitId?: string): Person => ({
  id: 'test-bec-gripen',
  name: 'Testa Gripenchef',
  title: 'Basenhetschef',
  unitId,
  organisation: 'Region Kalmar län',
  phones: [],
  roles,
  synthetic: true,
});

const roles = ['basenhetschef', 'verksamhetschef'];

describe('patientAccess', () => {
  it('allows a manager of that very unit in a personal chat', () => {
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager(['basenhetschef'], 'hc-gripen'),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: true });
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager(['Verksamhetschef'], 'hc-gripen'),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: true });
  });

  it.each(['channel', 'groupChat'] as const)(
    'refuses everyone in a %s, even the manager',
    (conversation) => {
      expect(
        patientAccess({
          conversation,
          person: manager(['basenhetschef'], 'hc-gripen'),
          unitId: 'hc-gripen',
          roles,
        }),
      ).toEqual({ allowed: false, reason: 'sharedSpace' });
    },
  );

  it('refuses a user without a directory entry', () => {
    expect(
      patientAccess({ conversation: 'personal', person: undefined, unitId: 'hc-gripen', roles }),
    ).toEqual({
      allowed: false,
      reason: 'notInDirectory',
    });
  });

  it('refuses a person without a manager role, at their own unit too', () => {
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager(['samordnare'], 'hc-gripen'),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: false, reason: 'noRole' });
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager([], 'hc-gripen'),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: false, reason: 'noRole' });
  });

  it('refuses a manager of another unit, or of none', () => {
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager(['basenhetschef'], 'hc-kristineberg'),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: false, reason: 'otherUnit' });
    expect(
      patientAccess({
        conversation: 'personal',
        person: manager(['basenhetschef']),
        unitId: 'hc-gripen',
        roles,
      }),
    ).toEqual({ allowed: false, reason: 'otherUnit' });
  });

  it('follows the configured roles', () => {
    const person = manager(['samordnare'], 'hc-gripen');
    expect(
      patientAccess({
        conversation: 'personal',
        person,
        unitId: 'hc-gripen',
        roles: ['samordnare'],
      }),
    ).toEqual({
      allowed: true,
    });
    expect(
      patientAccess({ conversation: 'personal', person, unitId: 'hc-gripen', roles: [] }),
    ).toEqual({
      allowed: false,
      reason: 'noRole',
    });
  });
});
