// The shapes of the services' answers the client reads (see each service's README).

export interface Participant { ref: string; agency: string | null; role: string; dutyOfConfidentiality: boolean }

export interface CaseView {
  id: string; caseCode: string; youthRef: string; status: string; riskIndicators: string[];
  proposedBy: string; proposedAt: string; consentId: string | null; identified: boolean;
  participants: Participant[]; sharedWithYou: string[];
}

export interface Consent {
  id: string; caseId: string; version: number; status: 'ACTIVE' | 'REVOKED' | 'TORN_UP';
  agencies: string[]; categories: string[]; validFrom: string; validUntil: string; expiresAt: string;
  guardiansWithCustody: string[];
  revocation: { revokedBy: string; guardianRef: string | null; reason: string } | null; tornUpAt: string | null;
}

export interface JournalEntry {
  id: string; agency: string; category: string; text: string; recordedBy: string; recordedAt: string;
}

export interface Meeting {
  id: string; scheduledFor: string; place: string; invitees: string[]; familyInvited: boolean;
  /** Null where it is another agency's record the consent does not share with the reader; so are the minutes. */
  agenda: { individual: string[]; returnees: string[]; general: string[] } | null; minutes: string | null;
  decisions: { what: string; why: string; who: string }[] | null;
}

export interface PlanAction {
  id: string; goal: string; actions: string;
  responsible: { person: string; agency: string; participantRef: string | null };
  dueOn: string; step: number; documentation: string; status: string | null; statusNote: string | null;
  overdue: boolean;
}

export interface Plan {
  caseId: string; caseCode: string; version: number; current: boolean; closed: boolean;
  header: {
    agreedOn: string; present: string[]; mainGoal: string;
    followUp: { date: string; time: string; place: string } | null; acuteContact: string;
  } | null;
  areas: { area: string; actions: PlanAction[]; commitments: string[] }[]; overdueActions: number; notice: string;
}

export interface Notice {
  id: string; caseId: string | null; kind: string; subject: string; body: string; link: string | null;
  createdAt: string; read: boolean;
}

export interface Figures {
  casesByStage: Record<string, number | null>; casesByInitiatingAgency: Record<string, number | null>;
  medianDaysFromProposalToConsent: number | null; closedWithPlanFollowed: number | null; closed: number | null;
  suppressedBelow: number;
}

export const AGENCIES = ['SCHOOL', 'SOCIAL_SERVICES', 'POLICE', 'LEISURE'];
export const CATEGORIES = ['SCHOOL_OCCUPATION', 'HEALTH', 'LEISURE', 'CRIMINALITY', 'FRIENDS', 'ECONOMY', 'OTHER'];

/** An agency's system as the identity server lists it (its secret is shown once, when registered). */
export interface AgencySystem { clientId: string; name: string; registeredAt: string }

export interface RegisteredSystem { clientId: string; name: string; clientSecret: string; tokenEndpoint: string }

/** A webhook subscription of the agency (notification-service); no types means every type. */
export interface Subscription { id: string; url: string; eventTypes: string[] }

export interface CreatedSubscription extends Subscription { secret: string }

/** case-service's groups: a municipality's working groups and its steering group, members by user id. */
export interface GroupMember { ref: string; agency: string; role: 'CONVENER' | 'MEMBER' }

export interface Group {
  id: string; kind: 'WORKING' | 'STEERING'; name: string; meetingIntervalDays: number;
  registrationDeadlineDays: number; members: GroupMember[]; mandate: string | null;
  meetings: { id: string; scheduledFor: string; place: string; minutesRecorded: boolean }[];
  nextMeetingMissing: boolean;
}

export const RISK_INDICATORS = ['SUSPECTED_CRIME', 'ALCOHOL_OR_NARCOTICS', 'DESTRUCTIVE_ENVIRONMENT',
  'WORRYING_PEER_CONTACTS', 'HIGH_SCHOOL_ABSENCE', 'OTHER'];

/** Where a returnee comes home from (case-service's ExpectedReturn.ReturnFrom). */
export const RETURN_FROM = ['INSTITUTION', 'PRISON'];

export interface Returnee { from: string; expectedOn: string }

export interface Decision { what: string; why: string; who: string }

/** A working group's meeting: the individual part holds only the cases the reader takes part in. */
export interface GroupMeeting {
  id: string; groupId: string; scheduledFor: string; place: string; registrationDeadline: string;
  individual: {
    caseId: string; caseCode: string; caseMeetingId: string; registeredAt: string;
    consent: { status: 'IN_FORCE' | 'EXPIRING' | 'NONE' | 'ENDED'; validUntil: string | null };
  }[];
  deIdentified: {
    id: string; code: string; riskIndicators: string[]; returnee: Returnee | null; seekConsent: boolean;
  }[];
  returnees: ({ caseCode: string } & Returnee)[];
  general: string[];
  minutes: { text: string; decisions: Decision[]; recordedAt: string } | null;
}

/** plan-service's follow-up of the agencies' commitments; a null count is suppressed (below smallestShown). */
export interface Commitments {
  year: number; smallestShown: number;
  tertials: {
    tertial: 1 | 2 | 3; from: string; to: string;
    agencies: {
      agency: string; due: number | null; doneOnTime: number | null; late: number | null; open: number | null;
    }[];
  }[];
  escalation: { agency: string; lateTertials: number; late: number | null }[];
}
