import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  roundListResponseSchema,
  roundResponseSchema,
  sendRoundBodySchema,
} from '../../../shared/api/rounds.ts';
import { allowed } from '../../../shared/policies.ts';
import { sendRoundAndPublish } from '../../commands/published/rounds.ts';
import type { AppContext } from '../../context.ts';
import { peopleOf } from '../../history/people.ts';
import { documentRounds } from '../../history/rounds.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/** Negotiation rounds: list them with what each proposed and what became of it; send the next one. */
export default async function roundRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/rounds',
    {
      schema: {
        tags: ['history'],
        summary: 'Negotiation rounds, oldest first: what each proposed, accepted and rejected',
        params: documentParamsSchema,
        response: { 200: roundListResponseSchema },
      },
    },
    async (req) => {
      const { member, document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      const people = peopleOf(ctx.db, document.cooperationId);
      return {
        rounds: await documentRounds(ctx, document, people),
        canSend: allowed(member, 'history.sendRound', document),
      };
    },
  );

  r.post(
    '/api/documents/:id/rounds',
    {
      schema: {
        tags: ['history'],
        summary: 'Send the text with its suggestions to the other party as the next round',
        params: documentParamsSchema,
        body: sendRoundBodySchema,
        response: { 201: roundResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, member, document } = requireDocumentMember(ctx, req, req.params.id, 'history.sendRound');
      const sent = await sendRoundAndPublish(ctx, document.cooperationId, {
        documentId: document.id,
        userId: user.id,
        partyId: member.partyId,
        name: req.body.name,
        limitOtherParty: req.body.limitOtherParty,
      });
      const rounds = await documentRounds(ctx, document, peopleOf(ctx.db, document.cooperationId));
      const round = rounds.find((x) => x.versionId === sent.version.id)!;
      return reply.status(201).send({ round });
    },
  );
}
