import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  createVersionBodySchema,
  versionDetailResponseSchema,
  versionListResponseSchema,
  versionParamsSchema,
  versionResponseSchema,
} from '../../../shared/api/history.ts';
import { clauseNodes, outlineOf } from '../../../shared/clauses.ts';
import { clauseHash } from '../../clauseHash.ts';
import { saveVersionAndPublish } from '../../commands/published/history.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../errors/index.ts';
import { peopleOf } from '../../history/people.ts';
import { stateAt } from '../../history/reconstruct.ts';
import { presentVersion } from '../../history/versions.ts';
import { findVersion, listVersions } from '../../history/versionsRepo.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/** List versions (any member), name the text as it is now (editors, owners), read one version. */
export default async function versionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/versions',
    {
      schema: {
        tags: ['history'],
        summary: 'Versions of a document, newest first',
        params: documentParamsSchema,
        response: { 200: versionListResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      const people = peopleOf(ctx.db, document.cooperationId);
      return {
        versions: listVersions(ctx.db, document.id).map((v) => presentVersion(v, people)),
        currentSeq: ctx.store.latestSeq(document.id),
      };
    },
  );

  r.post(
    '/api/documents/:id/versions',
    {
      schema: {
        tags: ['history'],
        summary: 'Record a named version of the text as it is now',
        params: documentParamsSchema,
        body: createVersionBodySchema,
        response: { 201: versionResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'history.saveVersion');
      const version = saveVersionAndPublish(ctx, document, {
        kind: 'manual',
        label: req.body.label,
        userId: user.id,
      });
      return reply
        .status(201)
        .send({ version: presentVersion(version, peopleOf(ctx.db, document.cooperationId)) });
    },
  );

  r.get(
    '/api/documents/:id/versions/:versionId',
    {
      schema: {
        tags: ['history'],
        summary: 'The text of one version (ProseMirror JSON and meta), for read-only viewing',
        params: versionParamsSchema,
        response: { 200: versionDetailResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      const version = findVersion(ctx.db, document.id, req.params.versionId);
      if (!version) throw notFound('version');
      const state = stateAt(ctx.db, document.id, version.seq);
      const nodes = clauseNodes(state.body);
      return {
        version: presentVersion(version, peopleOf(ctx.db, document.cooperationId)),
        body: state.body as unknown as Record<string, unknown>,
        meta: state.meta,
        clauses: outlineOf(state.body).clauses.map((c) => ({
          id: c.id,
          number: c.number,
          heading: c.heading,
          hash: clauseHash(nodes.get(c.id)!),
        })),
      };
    },
  );
}
