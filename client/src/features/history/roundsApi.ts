import type { RoundListResponse, RoundResponse, SendRoundBody } from '../../../../shared/api/rounds.ts';
import { api } from '../../app/http.ts';

export type { RoundDTO } from '../../../../shared/api/rounds.ts';

const roundsPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/rounds`;

/** The negotiation rounds of a document, oldest first, and whether I may send the next. */
export const getRounds = (documentId: string) => api<RoundListResponse>('GET', roundsPath(documentId));

/** "Kirim ke pihak lain": the text with its suggestions as the next round. */
export const sendRound = (documentId: string, body: SendRoundBody) =>
  api<RoundResponse>('POST', roundsPath(documentId), body).then((r) => r.round);
