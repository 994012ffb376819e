import { type StreamEvent, streamEventSchema } from '../../../../shared/api/events.ts';

/** What an event changes: the lists and screens that read it again. */
export type EventTopic =
  | 'points'
  | 'actions'
  | 'liaisons'
  | 'units'
  | 'meetings'
  | 'documents'
  | 'approvals'
  | 'history'
  | 'parties'
  | 'members'
  | 'variants'
  | 'obligations'
  | 'publicReports'
  | 'stream';

/**
 * The topic of every event the stream carries. The switch is exhaustive: an event added to
 * `shared/api/events.ts` does not compile here until it is given a topic.
 */
export function topicOf(event: StreamEvent): EventTopic {
  switch (event.type) {
    case 'point.created':
    case 'point.updated':
    case 'reply.created':
      return 'points';
    case 'action.created':
    case 'action.updated':
      return 'actions';
    case 'liaison.created':
    case 'liaison.updated':
    case 'liaison.deleted':
      return 'liaisons';
    case 'unit.created':
    case 'unit.updated':
    case 'unit.deleted':
      return 'units';
    case 'meeting.created':
    case 'meeting.updated':
    case 'meeting.opened':
    case 'meeting.closed':
    case 'meeting.reopened':
      return 'meetings';
    case 'document.created':
    case 'document.status':
    case 'document.master':
      return 'documents';
    // A master's variants: the board and a variant's overrides read again.
    case 'variants.created':
    case 'variants.synced':
    case 'variant.overrides':
      return 'variants';
    case 'approval.changed':
      return 'approvals';
    case 'document.restored':
    case 'version.created':
    case 'document.round':
    case 'suggestions.decided':
      return 'history';
    case 'obligation.updated':
    // A report or an answer changes where an obligation stands.
    case 'obligation.reported':
    case 'obligation.commented':
      return 'obligations';
    case 'publicReport.updated':
      return 'publicReports';
    case 'party.logo':
      return 'parties';
    case 'member.added':
    case 'member.updated':
    case 'member.removed':
    // What the members of a limited party may do changed, as with a new role.
    case 'parties.suggestOnly':
      return 'members';
    case 'stream.reset':
    case 'stream.ended':
      return 'stream';
    default:
      return unknownEvent(event);
  }
}

/** Unreachable for a parsed event; the `never` makes {@link topicOf}'s switch exhaustive. */
function unknownEvent(event: never): never {
  throw new Error(`no topic for event ${JSON.stringify(event)}`);
}

/**
 * True for events that change what lists of `topics` show, and for `stream.reset` (events were
 * missed: every list reads again).
 */
export const concerns = (event: StreamEvent, ...topics: EventTopic[]): boolean =>
  event.type === 'stream.reset' || topics.includes(topicOf(event));

/**
 * The event one stream message carries, checked against the union the server publishes; null
 * for anything else (logged), which no listener then sees.
 */
export function readStreamEvent(data: string): StreamEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null; // not an event of ours
  }
  const event = streamEventSchema.safeParse(json);
  if (event.success) return event.data;
  console.warn('event stream: a message outside the event union', event.error.issues);
  return null;
}
