import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import clauseHistoryRoutes from './clauseHistory.ts';
import compareRoutes from './compare.ts';
import restoreRoutes from './restore.ts';
import roundRoutes from './rounds.ts';
import versionRoutes from './versions.ts';

/** History of a document: versions, a clause's history, comparison (JSON and .docx redline), restore, negotiation rounds. */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  await versionRoutes(app, ctx);
  await clauseHistoryRoutes(app, ctx);
  await compareRoutes(app, ctx);
  await restoreRoutes(app, ctx);
  await roundRoutes(app, ctx);
}
