/**
 * The addresses of the app's pages, the one list the client's links, the bell, e-mails and
 * calendar events read: every screen can be shared by its address.
 */

const part = encodeURIComponent;

/** A cooperation's screen (its Dokumen tab). */
export const cooperationPath = (cooperationId: string) => `/k/${part(cooperationId)}`;

/** The editor of one document. */
export const documentPath = (cooperationId: string, documentId: string) =>
  `${cooperationPath(cooperationId)}/dokumen/${part(documentId)}`;

/** A document's Info panel: its details, its links, and where an addendum or renewal is started. */
export const documentInfoPath = (cooperationId: string, documentId: string) =>
  `${documentPath(cooperationId, documentId)}?panel=info`;

/** One meeting's page. */
export const meetingPath = (cooperationId: string, meetingId: string) =>
  `${cooperationPath(cooperationId)}/rapat/${part(meetingId)}`;

/** The cooperation's follow-ups (Tindak lanjut tab). */
export const followUpsPath = (cooperationId: string) => `${cooperationPath(cooperationId)}/tindak-lanjut`;

/** The Pelaksanaan tab, or one obligation's page in it. */
export const obligationPath = (cooperationId: string, obligationId?: string | null) =>
  `${cooperationPath(cooperationId)}/pelaksanaan${obligationId ? `/${part(obligationId)}` : ''}`;

/** The reports from the public forwarded under the cooperation (Laporan masyarakat tab). */
export const publicReportsPath = (cooperationId: string) => `${cooperationPath(cooperationId)}/laporan`;
