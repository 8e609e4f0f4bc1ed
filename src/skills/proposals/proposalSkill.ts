import { PROPOSAL_SOURCE } from '../../register/contactPath';
import { ContactRegister } from '../../register/contactRegister';
import { checkProposal, type Proposal } from '../../register/proposal';
import { ProposalStore } from '../../register/proposalStore';
import { registerStrings } from '../../register/registerStrings';
import type { Executor } from '../../state/database';
import { strings } from '../../i18n/strings';
import type { Handler, IntentOf } from '../intentHandlers';
import type { TurnInfo } from '../skill';
import type { ProposalServices } from './proposalServices';
import { proposalStrings } from './proposalStrings';
import { loadTarget, reviewerOf } from './proposalTarget';
import { alreadyDecidedView, formView, message, outcomeView, reviewView } from './proposalViews';

// From the people who know (issue 11): a suggested change goes to the one person responsible,
// who approves or rejects it in one tap; only an approval writes a fact, with its provenance.

type ProposalIntent = IntentOf<
  'proposalForm' | 'proposalSubmit' | 'proposalDecide' | 'factConfirm'
>;

/** Who is acting: a proposal or a decision needs a Teams identity, in the user's own chat. */
function actor(turn: TurnInfo): { aadObjectId: string; name: string } | undefined {
  const aad = turn.user.aadObjectId;
  return aad ? { aadObjectId: aad, name: turn.user.name ?? aad } : undefined;
}

export const proposalSkill: Handler<ProposalIntent> = async (intent, turn, services) => {
  const s = proposalStrings(intent.language);
  const proposals = services.proposals;
  if (!proposals) return [message(s.reviewTitle, strings(intent.language).staleAction.text)];
  const me = actor(turn);
  if (!me) return [message(s.reviewTitle, s.noIdentity, 'Warning')];

  switch (intent.kind) {
    case 'proposalForm':
    case 'proposalSubmit': {
      if (turn.conversation !== 'personal') return [message(s.thanks, s.notPersonal, 'Warning')];
      const target = intent.kind === 'proposalForm' ? intent.target : intent.submit.target;
      const mode = intent.kind === 'proposalForm' ? intent.mode : intent.submit.mode;
      const info = await loadTarget(services, target);
      if (!info) return [message(s.reviewTitle, s.gone, 'Warning')];
      const reviewer = await reviewerOf(services, info, me.aadObjectId);
      const named = { ...target, name: info.name };
      if (intent.kind === 'proposalForm') {
        // "Ändra" on the monthly card: the form starts from that path.
        const from = intent.pathId ? info.paths.find((p) => p.id === intent.pathId) : undefined;
        const values = from ? { kind: from.kind, label: from.label, hours: from.hours } : {};
        return [
          formView(
            { target: named, mode, shown: info.shown, reviewerName: reviewer?.name, values },
            intent.language,
          ),
        ];
      }
      const checked = checkProposal(
        {
          action: 'proposalSubmit',
          targetKind: target.kind,
          targetId: target.id,
          ...intent.submit,
        },
        info.shown,
      );
      if (!checked.ok) {
        return [
          formView(
            {
              target: named,
              mode,
              shown: info.shown,
              reviewerName: reviewer?.name,
              values: intent.submit,
              problem: checked.problem,
            },
            intent.language,
          ),
        ];
      }
      if (!reviewer) return [message(s.reviewTitle, s.noReviewer(info.name), 'Warning')];
      // The proposer's own chat, so the outcome reaches them here later.
      await proposals.rememberConversation(turn);
      const { proposal, created } = await proposals.store.create({
        ...checked.draft,
        target,
        targetName: info.name,
        proposer: me,
        proposerLanguage: intent.language,
        reviewer: { aadObjectId: reviewer.aadObjectId, name: reviewer.name },
      });
      if (!created) return [message(s.thanks, s.alreadySent(reviewer.name))];
      const delivered = await deliverToReviewer(proposals, proposal);
      services.log.info(
        { event: 'proposal', action: 'created', delivered, reviewerAs: reviewer.as },
        'contact proposal created',
      );
      const text = [
        s.sent(reviewer.name),
        delivered ? s.sentDelivered(reviewer.name) : s.sentWaiting(reviewer.name),
        s.sentOutcome,
      ].join(' ');
      return [message(s.thanks, text, 'Good')];
    }

    case 'proposalDecide': {
      const found = await proposals.store.get(intent.proposalId);
      if (!found) return [message(s.reviewTitle, s.unknownProposal, 'Warning')];
      // Decided on the server, by the identity Teams vouches for: never by what the card says.
      if (found.reviewer.aadObjectId !== me.aadObjectId) {
        services.log.info({ event: 'proposal', action: 'refused' }, 'proposal decision refused');
        return [message(s.reviewTitle, s.notYours(found.reviewer.name), 'Attention')];
      }
      if (found.status !== 'pending') return [alreadyDecidedView(found, intent.language)];
      const status = intent.decision === 'approve' ? 'approved' : 'rejected';
      const decided = await services.db.transaction(async (tx) => {
        const done = await new ProposalStore(tx, proposals.now).decide(
          found.id,
          status,
          found.reviewer.name,
        );
        if (done?.status === 'approved') await applyApproved(tx, done, proposals.now);
        return done;
      });
      if (!decided) {
        const now = await proposals.store.get(found.id);
        return [alreadyDecidedView(now ?? found, intent.language)];
      }
      services.log.info({ event: 'proposal', action: status }, 'contact proposal decided');
      const told = await proposals.sendTo(decided.proposer.aadObjectId, () => [
        outcomeView(decided),
      ]);
      // Perhaps posted ('unknown') is shown again at the proposer's next turn: a second sight of
      // the outcome is better than none.
      if (told === 'sent') await proposals.store.markProposerNotified([decided.id]);
      else proposals.waiting.add(decided.proposer.aadObjectId);
      return [reviewView(decided, intent.language, { replace: true })];
    }

    case 'factConfirm': {
      const path = await services.register.path(intent.pathId);
      if (!path || path.withdrawnAt) return [message(s.reviewListTitle, s.gone, 'Warning')];
      const info = await loadTarget(services, path.target);
      const reviewer = info ? await reviewerOf(services, info, undefined) : undefined;
      if (!info || !reviewer || reviewer.aadObjectId !== me.aadObjectId) {
        return [message(s.reviewListTitle, s.factNotYours, 'Attention')];
      }
      await services.register.confirm(path.id, reviewer.name);
      const r = registerStrings(intent.language);
      const what = `${r.kinds[path.kind]} ${path.value ?? ''}`.trim();
      return [
        message(
          s.reviewListTitle,
          s.factConfirmed(what, info.name, r.date(proposals.now())),
          'Good',
        ),
      ];
    }
  }
};

/** Posts the review card to the reviewer's 1:1 chat, or leaves it waiting for their next turn. */
async function deliverToReviewer(proposals: ProposalServices, p: Proposal): Promise<boolean> {
  const sent = await proposals.sendTo(p.reviewer.aadObjectId, (language) => [
    reviewView(p, language),
  ]);
  // A card perhaps posted ('unknown') is shown again at the reviewer's next turn: a proposal seen
  // twice is answered once (a second tap is told it is decided); one never seen waits forever.
  if (sent === 'sent') await proposals.store.markReviewerNotified([p.id]);
  else proposals.waiting.add(p.reviewer.aadObjectId);
  return sent === 'sent';
}

/**
 * The approved proposal as register facts, in the decision's transaction: added by the proposer,
 * confirmed by the reviewer now. A wrong value is withdrawn (kept, never shown); a directory
 * value gets a withdrawn row of its own, so the card hides it.
 */
async function applyApproved(tx: Executor, p: Proposal, now: () => Date): Promise<void> {
  const register = new ContactRegister(tx, { now });
  const provenance = {
    addedBy: p.proposer.name,
    confirmedBy: p.reviewer.name,
    confirmedAt: now(),
  };
  const fact = (value: string, label = p.label, hours = p.hours) => ({
    target: p.target,
    kind: p.kind,
    value,
    label,
    hours,
    source: PROPOSAL_SOURCE,
  });
  if (p.mode === 'change') {
    if (p.newValue) await register.upsert(fact(p.newValue), provenance);
    return;
  }
  const old = p.oldPathId ? await register.path(p.oldPathId) : undefined;
  if (old) {
    const replacement = p.newValue
      ? await register.find({ ...fact(p.newValue, old.label, old.hours) })
      : undefined;
    if (p.newValue && !replacement) {
      await register.replaceValue(old.id, p.newValue, provenance);
      return;
    }
    if (replacement) await register.confirm(replacement.id, p.reviewer.name);
    await register.withdraw(old.id, p.reviewer.name);
    return;
  }
  if (p.oldValue) {
    await register.upsert(fact(p.oldValue, '', ''), { addedBy: p.proposer.name });
    const marker = await register.find(fact(p.oldValue, '', ''));
    if (marker) await register.withdraw(marker.id, p.reviewer.name);
  }
  if (p.newValue) await register.upsert(fact(p.newValue, '', ''), provenance);
}
