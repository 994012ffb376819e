import { Link } from 'react-router-dom';
import type { RoundSuggestionDTO } from '../../../../../shared/api/rounds.ts';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { useDateTime } from '../../../i18n/format.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { compareDocxUrl } from '../api.ts';
import { comparePath, versionPath } from '../paths.ts';
import type { RoundDTO } from '../roundsApi.ts';
import { type RoundsMessageKey, useRoundsT } from '../roundsMessages.ts';
import { Author } from './Author.tsx';
import { SuggestedText } from './SuggestedText.tsx';

/** One suggestion a round proposed: where, what it changes, who, and what became of it. */
function ProposedSuggestion({ suggestion: s }: { suggestion: RoundSuggestionDTO }) {
  const t = useRoundsT();
  const where = s.clauseNumber !== null ? `Pasal ${s.clauseNumber}` : t('outside');
  return (
    <li className="round-suggestion" data-outcome={s.outcome}>
      <span className="round-suggestion-head small">
        <strong>{where}</strong>
        <span className={`badge round-outcome-${s.outcome}`}>
          {t(`outcome.${s.outcome}` as RoundsMessageKey)}
        </span>
      </span>
      <SuggestedText deleted={s.deleted} inserted={s.inserted} max={160} />
      {(s.blocks > 0 || s.formats > 0) && (
        <span className="small muted">
          {[s.blocks > 0 && t('blocks', { n: s.blocks }), s.formats > 0 && t('formats', { n: s.formats })]
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
      <span className="small muted">{s.author.displayName}</span>
    </li>
  );
}

/**
 * One round in the Riwayat tab: who sent it when; what it proposed and what became of each
 * (the counts, opening to the list); links to read it and to compare it with the round before,
 * in the browser and as a redline .docx.
 */
export function RoundRow({
  screen,
  round,
  previous,
}: {
  screen: EditorScreen;
  round: RoundDTO;
  previous?: RoundDTO;
}) {
  const t = useRoundsT();
  const dateTime = useDateTime();
  const { cooperation, document } = screen;
  const { counts } = round;
  const countsLine = (
    <>
      {t('counts', counts)}
      {counts.withdrawn > 0 && ` · ${t('withdrawn', counts)}`}
    </>
  );
  const fromText = round.outcomesFrom === 'comparison' ? t('fromText') : undefined;
  return (
    <li className="version-row round-row" data-round={round.number}>
      <div className="version-row-head">
        <strong>{round.label || t('round', { number: round.number })}</strong>
        <span className="badge">{t('round', { number: round.number })}</span>
      </div>
      <div className="version-row-meta small muted">
        <time dateTime={round.at}>{dateTime(round.at)}</time>
        {round.by && <Author person={round.by} />}
      </div>
      {round.proposed.length > 0 ? (
        <details className="round-details">
          <summary className="round-counts small" title={fromText}>
            {countsLine}
          </summary>
          <ul className="round-proposed">
            {round.proposed.map((s) => (
              <ProposedSuggestion key={s.id} suggestion={s} />
            ))}
          </ul>
        </details>
      ) : (
        <p className="round-counts small" title={fromText}>
          {countsLine}
        </p>
      )}
      {round.limitOtherParty && <span className="badge round-limited">{t('limited')}</span>}
      <span className="version-row-links round-links small">
        <Link to={versionPath(cooperation.id, document.id, round.versionId)}>{t('view')}</Link>
        {previous ? (
          <>
            <Link to={comparePath(cooperation.id, document.id, previous.versionId, round.versionId)}>
              {t('compareWithPrevious', { number: previous.number })}
            </Link>
            {document.kind !== 'notes' && (
              <DownloadLink href={compareDocxUrl(document.id, previous.versionId, round.versionId)}>
                {t('redline')}
              </DownloadLink>
            )}
          </>
        ) : (
          <Link to={comparePath(cooperation.id, document.id, round.versionId, 'current')}>
            {t('compareWithNow')}
          </Link>
        )}
      </span>
    </li>
  );
}
