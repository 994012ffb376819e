import { COMMON_DECISIONS_HEADING, decisionGroups } from '../../../../../shared/decisionGroups.ts';
import type { Minutes } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

/**
 * The decisions of the minutes on screen, grouped as the .docx prints them (`decisionGroups`):
 * when points were taken on PKS variants, the master's and the common ones first, then one
 * heading per OPD, numbered in one list down the page (each item keeps its number). The headings are the notula's own words
 * (Bahasa Indonesia), as the rest of the minutes' text.
 */
export function MinutesDecisions({ decisions }: { decisions: Minutes['decisions'] }) {
  const t = useMeetingsT();
  if (!decisions.length) return <p className="muted">{t('minutes.none')}</p>;
  const groups = decisionGroups(decisions);
  const headed = groups.length > 1 || groups[0]?.unit != null;
  return (
    <div className="minutes-decisions">
      {groups.map((group) => (
        <section key={group.unit ?? ''}>
          {headed && <h5>{group.unit ?? COMMON_DECISIONS_HEADING}</h5>}
          <ol>
            {group.decisions.map(({ number, decision: d }) => (
              <li key={number} value={number}>
                {d.clause && <em>{d.clause}: </em>}
                {d.text} <em>[{d.stateLabel}]</em>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
