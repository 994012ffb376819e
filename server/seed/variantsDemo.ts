import { DEFAULT_SUBJECT } from '../../templates/index.ts';
import { createDocument } from '../commands/createDocument.ts';
import type { AppContext } from '../context.ts';
import type { Unit } from '../db/repos/units.ts';
import { createVariants } from '../variants/create.ts';

/**
 * The two-tier case of the demo: a master PKS implementing the MoU, with the OPD's variables
 * where each PKS differs, and one variant per unit of the city (each signed by its head).
 * Returns the master's id and the variants' ids.
 */
export async function seedVariantsDemo(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  o: { cooperationId: string; cooperationTitle: string; mouId: string; userId: string; units: Unit[] },
): Promise<{ masterId: string; variantIds: string[] }> {
  const master = await createDocument(ctx, {
    cooperationId: o.cooperationId,
    cooperationTitle: o.cooperationTitle,
    kind: 'pks',
    title: 'PKS Induk Perangkat Daerah',
    subject: DEFAULT_SUBJECT.pks,
    mouId: o.mouId,
    master: true,
    userId: o.userId,
  });
  const { variants } = await createVariants(ctx, {
    master,
    unitIds: o.units.map((u) => u.id),
    userId: o.userId,
  });
  return { masterId: master.id, variantIds: variants.map((v) => v.documentId) };
}
