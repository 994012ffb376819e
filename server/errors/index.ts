/**
 * The one home of the API's errors: the {@link AppError} class and one file of factories per
 * area, each id written once. Import errors from here.
 */
export * from './amendments.ts';
export * from './appError.ts';
export * from './approvals.ts';
export * from './auth.ts';
export * from './calendar.ts';
export * from './evaluations.ts';
export * from './http.ts';
export * from './meetings.ts';
export * from './membership.ts';
export * from './metrics.ts';
export * from './obligationReports.ts';
export * from './obligations.ts';
export * from './publicReports.ts';
export * from './resources.ts';
export * from './rounds.ts';
export * from './suggestionImport.ts';
export * from './suggestions.ts';
export * from './units.ts';
export * from './variantApprovals.ts';
export * from './variantExport.ts';
export * from './variants.ts';
export * from './wordExport.ts';
export * from './wordImport.ts';
