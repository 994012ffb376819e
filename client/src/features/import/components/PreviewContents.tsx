import type { ImportReport } from '../api.ts';
import { useImportT } from '../messages.ts';

/** What the draft holds: its Pasal, annexes, linked references, and what was not put in the body. */
export function PreviewContents({ report }: { report: ImportReport }) {
  const ti = useImportT();
  const notPlaced = report.skipped.length + report.dropped.length + report.unplaced.length;
  return (
    <>
      <section className="stack" aria-labelledby="import-clauses-heading">
        <h3 id="import-clauses-heading">{ti('clauses')}</h3>
        <p className="small">
          {ti('counts', {
            clauses: report.clauses,
            ayat: report.ayat,
            letters: report.letterItems,
            chapters: report.chapters,
          })}
          {' · '}
          {ti('references', { count: report.references })}
        </p>
        <ol className="import-outline small">
          {report.outline.map((c) => (
            <li key={c.number}>
              {ti('clauseLine', { number: c.number, heading: c.heading })}
              {c.ayat > 0 && <span className="muted"> ({c.ayat})</span>}
            </li>
          ))}
        </ol>
      </section>

      {report.annexes.length > 0 && (
        <section aria-labelledby="import-annexes-heading">
          <h3 id="import-annexes-heading">{ti('annexes')}</h3>
          <ul className="small">
            {report.annexes.map((a) => (
              <li key={a.title}>
                {a.title}
                {a.placed === 'closing' && <span className="muted"> — {ti('annexInClosing')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {notPlaced > 0 && (
        <section aria-labelledby="import-notplaced-heading">
          <h3 id="import-notplaced-heading">{ti('notPlaced')}</h3>
          <Listed title={ti('skipped')} items={report.skipped} />
          <Listed title={ti('dropped')} items={report.dropped.map((d) => d.text)} />
          <Listed title={ti('unplaced')} items={report.unplaced} />
        </section>
      )}
    </>
  );
}

function Listed({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <details className="small">
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((item, i) => (
          // Lines may repeat (two "DAN"); their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: a list that never reorders
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
