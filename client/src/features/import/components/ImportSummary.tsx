import { useEffect, useRef } from 'react';
import { useLanguage } from '../../../i18n/index.ts';
import type { ImportPreview } from '../api.ts';
import { useImportT } from '../messages.ts';

/**
 * What the import found, in three lines at the top of the preview: how much text was read, how
 * many parties were recognised or need an answer, and how many notes wait further down. It
 * takes the focus when the preview opens, so it is what is seen and read first.
 */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const ti = useImportT();
  const language = useLanguage((s) => s.language);
  const ref = useRef<HTMLDivElement>(null);
  const { report } = preview;
  const toAsk = preview.parties.filter((p) => !p.partyId).length;
  const warnings = language === 'en' ? report.warningsEn : report.warnings;

  // After the dialog's own effect has opened it (showModal moves the focus to its first control).
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <div ref={ref} className="import-summary" role="status" tabIndex={-1} aria-label={ti('summary')}>
      <p>
        {ti('summaryRead', {
          clauses: report.clauses,
          ayat: report.ayat,
          annexes: report.annexes.length,
        })}
      </p>
      <p className={toAsk > 0 ? 'import-ask' : undefined}>
        {toAsk > 0
          ? ti('summaryPartiesAsk', { count: toAsk })
          : ti('summaryPartiesKnown', { count: preview.parties.length })}
      </p>
      {warnings.length > 0 && <p>{ti('summaryNotes', { count: warnings.length })}</p>}
    </div>
  );
}
