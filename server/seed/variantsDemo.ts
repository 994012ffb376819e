import * as Y from 'yjs';
import { clauseHeadingOf } from '../../shared/clauseText.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { DEFAULT_SUBJECT } from '../../templates/index.ts';
import { createDocument } from '../commands/createDocument.ts';
import type { AppContext } from '../context.ts';
import { listParties } from '../db/repos/parties.ts';
import type { Unit } from '../db/repos/units.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { clauseElements, yElementToJSON } from '../history/yjson.ts';
import { createVariants } from '../variants/create.ts';
import { syncMaster } from '../variants/sync.ts';

type SeedContext = Pick<AppContext, 'db' | 'collab' | 'store' | 'log'>;

/** The demo's master PKS; each variant's title adds its OPD's short name. */
const DEMO_MASTER_TITLE = 'PKS Induk Perangkat Daerah';

/** The MoU's numbers (one per party, by ordinal) and date, which the master cites through its variables. */
const DEMO_MOU_NUMBERS = ['B/045/KS.01/V/2025', '180/15/HK/2025'];
const DEMO_MOU_DATE = '2025-05-20';

/** A few words of one Pasal (found by heading) rewritten, by a demo user. */
export interface Rewording {
  heading: RegExp;
  from: string;
  to: string;
  by: string;
}

/** Each OPD that words a Pasal its own way (an override), by the unit's short name. */
const DEMO_OVERRIDES: Record<string, Rewording> = {
  'RSUD H. Abdul Manap': {
    heading: /RUANG LINGKUP/,
    from: 'pengelola pengaduan di lingkungan PIHAK KEDUA;',
    to: 'pengelola pengaduan di lingkungan PIHAK KEDUA, termasuk pengaduan pasien dan keluarga pasien atas pelayanan rumah sakit;',
    by: 'rsud',
  },
  Dinsos: {
    heading: /PELAPORAN/,
    from: 'setiap 6 (enam) bulan',
    to: 'setiap 3 (tiga) bulan',
    by: 'pemkot',
  },
};

/**
 * A change agreed for every OPD after the variants were made: the others take it, and the RSUD,
 * which words this Pasal its own way, has it flagged for review.
 */
const DEMO_MASTER_CHANGE: Rewording = {
  heading: /RUANG LINGKUP/,
  from: 'standar pelayanan publik;',
  to: 'standar pelayanan publik dan tindak lanjut hasil penilaiannya;',
  by: 'ombudsman',
};

/** The first text inside `el` holding `from`, and the offset of `from` in it. */
function textHolding(el: Y.XmlElement, from: string): { text: Y.XmlText; at: number } | null {
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlText) {
      const plain = child
        .toDelta()
        .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ' '))
        .join('');
      const at = plain.indexOf(from);
      if (at >= 0) return { text: child, at };
    } else if (child instanceof Y.XmlElement) {
      const found = textHolding(child, from);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Rewords one Pasal of a live document as a person types it (only the words that differ, in
 * the marks around them), in that person's name; skipped when the template no longer has that
 * Pasal or those words (the demo then shows less, and starts all the same).
 */
export function reword(ctx: SeedContext, documentId: string, r: Rewording): Promise<void> {
  const userId = findUserByUsername(ctx.db, r.by)?.id ?? null;
  return ctx.collab.withDocument(
    documentId,
    (doc) => {
      const clause = [...clauseElements(doc.getXmlFragment(YDOC.body)).values()].find(({ el }) =>
        r.heading.test(clauseHeadingOf(yElementToJSON(el))),
      );
      const found = clause && textHolding(clause.el, r.from);
      if (!found) return;
      let head = 0;
      while (head < r.from.length && r.from[head] === r.to[head]) head++;
      let tail = 0;
      while (
        tail < r.from.length - head &&
        tail < r.to.length - head &&
        r.from.at(-1 - tail) === r.to.at(-1 - tail)
      ) {
        tail++;
      }
      found.text.delete(found.at + head, r.from.length - head - tail);
      found.text.insert(found.at + head, r.to.slice(head, r.to.length - tail));
    },
    { userId },
  );
}

/**
 * The two-tier case of the demo: the MoU gets its numbers and date, then a master PKS
 * implementing it (its variables citing them, with those of the OPD where each PKS differs), one
 * variant per unit of the city (each signed by its head), two OPD wording a Pasal their own way,
 * and a master change that reaches the variants, flagged where it meets an override.
 * Returns the master's id and the variants' ids.
 */
export async function seedVariantsDemo(
  ctx: SeedContext,
  o: { cooperationId: string; cooperationTitle: string; mouId: string; userId: string; units: Unit[] },
): Promise<{ masterId: string; variantIds: string[] }> {
  const parties = listParties(ctx.db, o.cooperationId);
  await ctx.collab.withDocument(
    o.mouId,
    (doc) => {
      const meta = doc.getMap<string>(YDOC.meta);
      for (const [i, p] of parties.entries()) meta.set(partyMetaKey.number(p.id), DEMO_MOU_NUMBERS[i] ?? '');
      meta.set(META.date, DEMO_MOU_DATE);
    },
    { userId: o.userId },
  );
  const master = await createDocument(ctx, {
    cooperationId: o.cooperationId,
    cooperationTitle: o.cooperationTitle,
    kind: 'pks',
    title: DEMO_MASTER_TITLE,
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
  for (const v of variants) {
    const shortName = o.units.find((u) => u.id === v.unitId)?.shortName ?? '';
    const override = DEMO_OVERRIDES[shortName];
    if (override) await reword(ctx, v.documentId, override);
  }
  await reword(ctx, master.id, DEMO_MASTER_CHANGE);
  await syncMaster(ctx, master.id);
  return { masterId: master.id, variantIds: variants.map((v) => v.documentId) };
}
