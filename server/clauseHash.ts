import { createHash } from 'node:crypto';
import { clauseHashInput, type PMJSON } from '../shared/clauses.ts';

/**
 * The clause hash of `shared/clauses.ts` (what a party approves), with Node's native SHA-256:
 * the server hashes clauses on busy paths (attribution at the end of every window, approvals,
 * each document's progress in the listings), where the pure-JS digest the browser needs costs
 * several times more. Same input, same hex digest.
 */
export function clauseHash(node: PMJSON): string {
  return createHash('sha256').update(clauseHashInput(node)).digest('hex');
}
