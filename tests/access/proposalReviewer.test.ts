import { reviewerFor, type Candidate } from '../../src/access/proposalReviewer';

// Who reviews a suggested contact change: the unit's manager, otherwise a samordnare; always
// someone with a Teams identity, never the proposer or the person the fact is about.

const person = (p: Partial<Candidate> & { id: string }): Candidate => ({
  name: p.id,
  roles: [],
  synthetic: false,
  ...p,
});

const chief = person({
  id: 'chief',
  name: 'Berit Chef',
  unitId: 'hc-a',
  roles: ['Basenhetschef'],
  aadObjectId: 'aad-chief',
});
const head = person({
  id: 'head',
  name: 'Anna Ledning',
  unitId: 'hc-a',
  roles: ['verksamhetschef'],
  aadObjectId: 'aad-head',
});
const coordinatorB = person({
  id: 'sam-b',
  name: 'Sara Samordnare',
  roles: ['samordnare'],
  aadObjectId: 'aad-sam-b',
});
const coordinatorA = person({
  id: 'sam-a',
  name: 'Olle Samordnare',
  roles: ['samordnare'],
  aadObjectId: 'aad-sam-a',
});
const all = [coordinatorB, head, coordinatorA, chief];

describe('reviewerFor', () => {
  it("a unit's basenhetschef before its verksamhetschef", () => {
    expect(reviewerFor({ unitId: 'hc-a' }, all)).toMatchObject({
      personId: 'chief',
      as: 'manager',
    });
  });

  it('a person at the unit: the same manager', () => {
    expect(reviewerFor({ unitId: 'hc-a', targetPersonId: 'nurse' }, all)?.personId).toBe('chief');
  });

  it('a group, or a unit without a manager: a samordnare, the same one every time', () => {
    expect(reviewerFor({}, all)).toMatchObject({ personId: 'sam-a', as: 'coordinator' });
    expect(reviewerFor({ unitId: 'hc-b' }, [...all].reverse())?.personId).toBe('sam-a');
  });

  it('never the proposer: the next in line', () => {
    expect(reviewerFor({ unitId: 'hc-a', proposerAadObjectId: 'aad-chief' }, all)?.personId).toBe(
      'head',
    );
    const noManager = reviewerFor({ unitId: 'hc-a', proposerAadObjectId: 'aad-sam-a' }, [
      coordinatorA,
      coordinatorB,
    ]);
    expect(noManager?.personId).toBe('sam-b');
  });

  it('never the person the fact is about', () => {
    expect(reviewerFor({ unitId: 'hc-a', targetPersonId: 'chief' }, all)?.personId).toBe('head');
  });

  it('only someone the server can recognise (an aadObjectId)', () => {
    const withoutIdentity = { ...chief, aadObjectId: undefined };
    expect(reviewerFor({ unitId: 'hc-a' }, [withoutIdentity, coordinatorA])?.personId).toBe(
      'sam-a',
    );
    expect(reviewerFor({ unitId: 'hc-a' }, [withoutIdentity])).toBeUndefined();
  });

  it('a real manager before a test user', () => {
    const testChief = { ...chief, id: 'test', name: 'Aaa Test', synthetic: true, aadObjectId: 'x' };
    expect(reviewerFor({ unitId: 'hc-a' }, [testChief, chief])?.personId).toBe('chief');
  });

  it('a manager of another unit is not responsible', () => {
    const other = { ...chief, unitId: 'hc-b' };
    expect(reviewerFor({ unitId: 'hc-a' }, [other, coordinatorA])?.personId).toBe('sam-a');
  });
});
