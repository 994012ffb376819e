import { z } from 'zod';
import { idSchema, lineSchema } from './common.ts';

/** Kinds of meeting in the life of a cooperation (docs/DOMAIN.md "The cooperation and its two documents"). */
export const MEETING_KINDS = ['pembahasan', 'internal', 'tindak_lanjut', 'finalisasi'] as const;
export const meetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const MEETING_STATES = ['planned', 'open', 'closed'] as const;
export const meetingStateSchema = z.enum(MEETING_STATES);
export type MeetingState = z.infer<typeof meetingStateSchema>;

/** Indonesian time zones, printed after the time ("09.00–12.00 WIB"). */
export const timeZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);
export type TimeZone = z.infer<typeof timeZoneSchema>;

/** A calendar day, `YYYY-MM-DD` (a real date: 2021-02-29 is refused). */
export const isoDateSchema = z.iso.date();
/** A time of day, `HH:MM` (24 hours). */
export const timeOfDaySchema = z.iso.time({ precision: -1 });

/** Chair or minute-taker as given: a member (`userId`, names filled from the account) or a named guest. */
export const personInputSchema = z.object({
  userId: idSchema.optional(),
  name: z.string().trim().max(200).optional(),
  position: z.string().trim().max(300).optional(),
  nip: z.string().trim().max(40).optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const personSchema = z.object({
  userId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
  nip: z.string(),
});
export type PersonDTO = z.infer<typeof personSchema>;

/** An agenda item: keep `id` to keep the points filed under it when the agenda is edited. */
export const agendaItemInputSchema = z.object({ id: idSchema.optional(), title: lineSchema(500) });
export const agendaItemSchema = z.object({ id: z.string(), title: z.string() });
export type AgendaItemDTO = z.infer<typeof agendaItemSchema>;

/**
 * An attendee: a member (`userId`; name, position and party from the account and membership
 * unless given) or a guest (`name` and a `partyId` or `unit`). `present` defaults to true.
 */
export const attendeeInputSchema = z.object({
  userId: idSchema.optional(),
  name: z.string().trim().max(200).optional(),
  position: z.string().trim().max(300).optional(),
  partyId: idSchema.optional(),
  unit: z.string().trim().max(300).optional(),
  present: z.boolean().optional(),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export const attendeeSchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
  partyId: z.string().nullable(),
  unit: z.string(),
  present: z.boolean(),
});
export type AttendeeDTO = z.infer<typeof attendeeSchema>;

/** The next meeting: free text ("akan diundang kemudian") and/or a planned meeting. */
export const nextMeetingInputSchema = z.object({
  text: z.string().trim().max(1000).optional(),
  meetingId: idSchema.nullable().optional(),
});
export const nextMeetingSchema = z.object({ text: z.string(), meetingId: z.string().nullable() });

const meetingFields = {
  title: lineSchema(500).optional(),
  date: isoDateSchema,
  timeFrom: timeOfDaySchema,
  timeTo: timeOfDaySchema,
  timeZone: timeZoneSchema.optional(),
  place: z.string().trim().max(500).optional(),
  onlineLink: z.string().trim().max(1000).optional(),
  chair: personInputSchema.nullable().optional(),
  minuteTaker: personInputSchema.nullable().optional(),
  opening: z.string().trim().max(10_000).optional(),
  agenda: z.array(agendaItemInputSchema).max(50).optional(),
  documentIds: z.array(idSchema).max(50).optional(),
  attendees: z.array(attendeeInputSchema).max(300).optional(),
  nextMeeting: nextMeetingInputSchema.nullable().optional(),
};

/** `POST /api/cooperations/:id/meetings`: plan a meeting (state `planned`). */
export const createMeetingBodySchema = z.object({ kind: meetingKindSchema, ...meetingFields });
export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;

/** `PATCH /api/meetings/:id`: any field; lists (agenda, attendees, documentIds) are replaced whole. */
export const updateMeetingBodySchema = z
  .object({
    kind: meetingKindSchema.optional(),
    ...meetingFields,
    date: isoDateSchema.optional(),
    timeFrom: timeOfDaySchema.optional(),
    timeTo: timeOfDaySchema.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateMeetingBody = z.infer<typeof updateMeetingBodySchema>;

/** A document's version recorded when the meeting closed. */
export const meetingVersionSchema = z.object({
  documentId: z.string(),
  seq: z.number().int(),
  label: z.string(),
  versionId: z.string().nullable(),
});

export const meetingSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  title: z.string(),
  kind: meetingKindSchema,
  state: meetingStateSchema,
  date: z.string(),
  timeFrom: z.string(),
  timeTo: z.string(),
  timeZone: timeZoneSchema,
  place: z.string(),
  onlineLink: z.string(),
  chair: personSchema.nullable(),
  minuteTaker: personSchema.nullable(),
  opening: z.string(),
  agenda: z.array(agendaItemSchema),
  documentIds: z.array(z.string()),
  attendees: z.array(attendeeSchema),
  nextMeeting: nextMeetingSchema.nullable(),
  versions: z.array(meetingVersionSchema),
  /** The minutes frozen at each close, oldest first (more than one after a reopening). */
  records: z.array(
    z.object({ version: z.number().int(), closedAt: z.string(), closedBy: z.string().nullable() }),
  ),
  /** Each reopening of the closed meeting: when, by whom, why. */
  reopenings: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type MeetingDTO = z.infer<typeof meetingSchema>;

export const meetingParamsSchema = z.object({ id: idSchema });
export const meetingResponseSchema = z.object({ meeting: meetingSchema });
export const meetingListResponseSchema = z.object({ meetings: z.array(meetingSchema) });
export const meetingListQuerySchema = z.object({ state: meetingStateSchema.optional() });

/** `POST /api/meetings/:id/reopen`: why the closed meeting's record is opened again. */
export const reopenMeetingBodySchema = z.object({ reason: lineSchema(1000) });
export type ReopenMeetingBody = z.infer<typeof reopenMeetingBodySchema>;

/**
 * The letterhead (kop) a notula is printed with: none, the cooperation's (every party's logo
 * around the cooperation's title) or one party's (its logo, name and seat), by the party's id.
 */
export const letterheadSchema = z.union([z.enum(['none', 'cooperation']), idSchema]);
export type Letterhead = z.infer<typeof letterheadSchema>;

/**
 * Which minutes to read: a closed meeting's latest record unless `version` names an earlier
 * one; `kop` picks the letterhead of the .docx (the cooperation's setting, else none).
 */
export const minutesQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  kop: letterheadSchema.optional(),
});

/** A person as printed in the minutes. */
const minutesPersonSchema = z.object({ name: z.string(), position: z.string(), nip: z.string() });

/**
 * `GET /api/meetings/:id/minutes`: the draft of the minutes (notula) for review on screen,
 * with every text as it will be printed in `minutes.docx`.
 */
export const minutesSchema = z.object({
  meetingId: z.string(),
  state: meetingStateSchema,
  title: z.string(),
  kindLabel: z.string(),
  /** "Selasa, 10 Maret 2020". */
  dayDate: z.string(),
  /** "09.00–12.00 WIB". */
  time: z.string(),
  place: z.string(),
  onlineLink: z.string(),
  agenda: z.array(z.string()),
  chair: minutesPersonSchema.nullable(),
  minuteTaker: minutesPersonSchema.nullable(),
  attendees: z.array(
    z.object({ name: z.string(), position: z.string(), institution: z.string(), present: z.boolean() }),
  ),
  /** Parties none of whose invitees were present. */
  absentParties: z.array(z.string()),
  opening: z.string(),
  discussion: z.array(
    z.object({
      agendaItem: z.string().nullable(),
      points: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          raisedBy: z.string(),
          /** "Nota Kesepakatan, Pasal 2 — RUANG LINGKUP". */
          clause: z.string().nullable(),
          quote: z.string(),
          replies: z.array(z.object({ by: z.string(), text: z.string() })),
          stateLabel: z.string(),
          decision: z.string(),
        }),
      ),
    }),
  ),
  decisions: z.array(
    z.object({
      text: z.string(),
      clause: z.string().nullable(),
      stateLabel: z.string(),
      /**
       * The OPD whose PKS variant the point was taken on ("Dinas Sosial"); null or absent for a
       * master PKS or any other document. The minutes group decisions by it when any has one.
       */
      unit: z.string().nullable().optional(),
    }),
  ),
  openItems: z.array(z.object({ text: z.string(), clause: z.string().nullable() })),
  actions: z.array(
    z.object({ text: z.string(), personInCharge: z.string(), dueDate: z.string(), stateLabel: z.string() }),
  ),
  nextMeeting: z.string(),
  closing: z.string(),
  /** "Jambi, 10 Maret 2020": the line above the signatures. */
  placeDate: z.string(),
  /** One sentence per reopening before this record was frozen, printed before the closing. */
  reopenings: z.array(z.string()),
  /** The parties as they were, for the letterhead: name, short name and seat (address). */
  parties: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string(), seat: z.string() })),
  cooperationTitle: z.string(),
  /** The frozen record these minutes are; null for the live draft of a meeting not closed. */
  record: z.object({ version: z.number().int(), closedAt: z.string(), closedBy: z.string() }).nullable(),
});
export type MinutesDTO = z.infer<typeof minutesSchema>;
export const minutesResponseSchema = z.object({ minutes: minutesSchema });
