import { useEffect, useMemo, useState } from 'react';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { type CompletenessReport, checkCompleteness } from '../../../../shared/completeness.ts';
import type { DocumentMeta } from '../../../../shared/meta.ts';
import { YDOC } from '../../../../shared/protocol.ts';
import type { EditorScreen } from '../editor/context.ts';

/** How long typing must pause before the check runs again. */
const DEBOUNCE_MS = 500;

/**
 * The completeness report of the document as it is in the editor now: the same pure
 * `checkCompleteness` the API runs, on the live body and the live meta map, recomputed
 * shortly after anyone (here or elsewhere) stops changing either.
 */
export function useCompleteness(screen: EditorScreen): CompletenessReport {
  const { editor, session, document, cooperation } = screen;
  const partyIds = useMemo(() => cooperation.parties.map((p) => p.id), [cooperation.parties]);
  const compute = useMemo(
    () => () =>
      checkCompleteness(
        document.kind,
        editor.getJSON() as PMJSON,
        session.ydoc.getMap<string>(YDOC.meta).toJSON() as DocumentMeta,
        {
          mouId: document.mouId,
          partyIds,
          variables: document.variables,
          amendment: document.amendments?.amends?.kind,
        },
      ),
    [editor, session, document.kind, document.mouId, document.variables, document.amendments, partyIds],
  );
  const [report, setReport] = useState<CompletenessReport>(compute);

  useEffect(() => {
    const meta = session.ydoc.getMap<string>(YDOC.meta);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setReport(compute()), DEBOUNCE_MS);
    };
    setReport(compute());
    editor.on('update', schedule);
    meta.observe(schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
      meta.unobserve(schedule);
    };
  }, [editor, session, compute]);

  return report;
}
