import type { SettingsBody } from '../../../../shared/api/agreementSettings.ts';
import { api } from '../../app/http.ts';
import { exportDocxUrl } from '../documents/api.ts';

/** The Word file of the original party `ordinal` keeps (the meterai under the other parties). */
export const originalDocxUrl = (documentId: string, ordinal: number) =>
  `${exportDocxUrl(documentId)}?original=${ordinal}`;

/** Saves the cooperation's party wording, signature order or time zone (owner only). */
export const saveAgreementSettings = (cooperationId: string, body: SettingsBody) =>
  api<{ settings: Record<string, unknown> }>(
    'PATCH',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/settings`,
    body,
  );
