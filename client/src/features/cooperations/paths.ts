/** URLs of the cooperation screens: every screen can be shared by its address. */
export const cooperationPath = (cooperationId: string) => `/k/${encodeURIComponent(cooperationId)}`;

/** The editor of one document. */
export const documentPath = (cooperationId: string, documentId: string) =>
  `${cooperationPath(cooperationId)}/dokumen/${encodeURIComponent(documentId)}`;
