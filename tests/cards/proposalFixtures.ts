import type { CardModels, CardName, View } from '../../src/cards/cardModels';
import type { ContactPath } from '../../src/register/contactPath';
import type { Proposal } from '../../src/register/proposal';
import { factReviewView, formView, reviewView } from '../../src/skills/proposals/proposalViews';

// Realistic data for the suggestion cards, built with the flow's own view builders (synthetic
// numbers, test users' names).

function dataOf<K extends CardName>(view: View, card: K): CardModels[K] {
  if (view.card !== card) throw new Error(`expected a ${card} view, got ${view.card}`);
  return view.data as CardModels[K];
}

const marie = { kind: 'person' as const, id: 'marie-ragnarsson', name: 'Marie Ragnarsson' };
const akesson = { kind: 'person' as const, id: 'ake-akesson', name: 'Åke Åkesson' };

export const proposal: Proposal = {
  id: '0b6f0c1e-0000-4000-8000-000000000001',
  target: { kind: 'person', id: 'marie-ragnarsson' },
  targetName: 'Marie Ragnarsson',
  mode: 'change',
  kind: 'mobil',
  newValue: '070-111 22 33',
  label: '',
  hours: 'mon-fri 08:00-16:30',
  proposer: { aadObjectId: '00000000-0000-4000-8000-000000000401', name: 'Testa Sjuksköterska' },
  proposerLanguage: 'sv',
  reviewer: { aadObjectId: '00000000-0000-4000-8000-000000000301', name: 'Testa Samordnare Ett' },
  status: 'pending',
  createdAt: '2026-12-02T09:15:00.000Z',
};

const oldPath: ContactPath = {
  id: 'b2a5c3d4-0000-4000-8000-000000000001',
  target: { kind: 'unit', id: 'hc-borgholm' },
  kind: 'vaxel',
  value: '0485-100 00',
  label: 'Växel, dagtid',
  hours: 'mon-fri 08:00-17:00',
  source: 'HSA-utdrag 2024-11',
  addedBy: 'import',
  createdAt: '2024-11-20T10:00:00.000Z',
};

export const proposalFixtures: Pick<
  { [K in keyof CardModels]: CardModels[K][] },
  'proposalForm' | 'proposalReview' | 'factReview'
> = {
  proposalForm: [
    dataOf(
      formView(
        { target: marie, mode: 'change', shown: [], reviewerName: 'Testa Samordnare Ett' },
        'sv',
      ),
      'proposalForm',
    ),
    dataOf(
      formView(
        {
          target: akesson,
          mode: 'wrong',
          shown: [{ kind: 'direkt', value: '0485-151 44' }],
          reviewerName: 'Testa Borgholmschef',
          values: { value: '0485-15', wrongValue: 'direkt|0485-151 44' },
          problem: 'badPhone',
        },
        'en',
      ),
      'proposalForm',
    ),
  ],
  proposalReview: [
    dataOf(reviewView(proposal, 'sv'), 'proposalReview'),
    dataOf(
      reviewView(
        {
          ...proposal,
          mode: 'wrong',
          kind: 'direkt',
          oldValue: '0485-151 44',
          newValue: undefined,
          status: 'approved',
          decidedBy: 'Testa Samordnare Ett',
          decidedAt: '2026-12-02T10:00:00.000Z',
        },
        'en',
        { waiting: true },
      ),
      'proposalReview',
    ),
  ],
  factReview: [
    dataOf(
      factReviewView(
        Array.from({ length: 12 }, (_, i) => ({
          path: { ...oldPath, id: `${oldPath.id}-${i}` },
          targetName: 'Borgholms hälsocentral',
        })),
        'sv',
      ),
      'factReview',
    ),
  ],
};
