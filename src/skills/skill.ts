import type { AuditLog } from '../access/auditLog';
import type { DirectoryClient } from '../clients/directoryClient';
import type { MetricsClient } from '../clients/metricsClient';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { AnswerFacts } from '../understanding/conversationContext';
import type { Language } from '../understanding/intent';
import type { Lexicon } from '../understanding/lexicon';
import type { Database } from '../state/database';
import type { ContactRegister } from '../register/contactRegister';
import type { ConversationContexts } from '../state/conversationContextStore';
import type { AskCounts } from './contacts/askCounts';
import type { TurnPlace } from '../digest/conversationReferences';
import type { DigestServices } from '../digest/digests';
import type { ProposalServices } from './proposals/proposalServices';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/** What a skill may know about the turn: no botbuilder types past src/bot. */
export type TurnInfo = {
  language: Language;
  conversation: ConversationKind;
  user: { aadObjectId?: string; name?: string };
  locale?: string;
  /** The Teams client, from clientInfo: tel: links work on mobile only. */
  platform?: 'mobile' | 'desktop' | 'web';
  /** The conversation's id as Teams sent it. */
  conversationId?: string;
  /**
   * Where the turn happened (conversation, team, reference as plain data), for digests: read on
   * first use, as most turns need none of it.
   */
  place?: () => TurnPlace | undefined;
  /** Tells the conversation what the answer showed (the one person a list came down to). */
  remember?: (facts: AnswerFacts) => void;
};

export type Services = {
  config: Config;
  log: Logger;
  directory: DirectoryClient;
  metrics: MetricsClient;
  lexicon: () => Lexicon;
  /** The database: user settings, conversation references, subscriptions, the audit log. */
  db: Database;
  /** Which groups people ask about (the message extension shows the most asked). */
  asked: AskCounts;
  /** Weekly digests: subscriptions, deliveries, preview data, withdraw (set by app.ts). */
  digests?: DigestServices;
  /** The contact register: approved contact paths beside the directory's data (issue 11). */
  register: ContactRegister;
  /** What each conversation was last about, for follow-ups. */
  contexts: ConversationContexts;
  /** Suggested contact changes, their reviewers and each user's 1:1 chat (set by app.ts). */
  proposals?: ProposalServices;
  /** Append-only audit log of patient-level reads: committed before a list is sent. */
  auditLog: AuditLog;
};
