import { createHash } from 'node:crypto';
import { clauseHashInput, type PMJSON } from '../shared/clauses.ts';

/**
 * The clause hash of `shared/clauses.ts` (what a party approves), with Node's native SHA-256:
 * attribution hashes a clause at every change of typist, and the pure-JS digest the browser
 * needs was a tenth of the server's time under load. Same input, same hex digest.
 */
export function clauseHash(node: PMJSON): string {
  return createHash('sha256').update(clauseHashInput(node)).digest('hex');
}
