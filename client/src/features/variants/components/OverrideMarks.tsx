import { useEffect, useMemo } from 'react';
import type { EditorScreen } from '../../editor/context.ts';
import { useVariantsT } from '../messages.ts';
import { type MarkKind, registerOverrideMarks, showOverrideMarks } from '../overrideMarks.ts';
import { useVariantEditor } from '../store.ts';

/**
 * The marks of a variant's clauses in the document: a rule in the margin of each Pasal that
 * differs from the master, in the warning colour where a master change waits for review, with
 * a button there that opens its comparison with the master.
 */
export function OverrideMarks({ screen }: { screen: EditorScreen }) {
  const { editor } = screen;
  const t = useVariantsT();
  const overrides = useVariantEditor((s) => s.overrides);
  useEffect(() => registerOverrideMarks(editor), [editor]);
  const marks = useMemo(
    () =>
      new Map<string, MarkKind>(
        overrides
          .filter((o) => o.variant !== null)
          .map((o) => [o.clauseId, o.flag ? 'flagged' : 'override'] as const),
      ),
    [overrides],
  );
  useEffect(() => {
    showOverrideMarks(editor, {
      marks,
      label: (kind) => t(kind === 'flagged' ? 'override.flagged' : 'override.badge'),
      onOpen: (clauseId) => useVariantEditor.getState().set({ comparing: clauseId }),
    });
  }, [editor, marks, t]);
  return null;
}
