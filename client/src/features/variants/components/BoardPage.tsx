import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import { getCooperation } from '../../cooperations/api.ts';
import { documentCrumbs } from '../../cooperations/crumbs.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { getBoard } from '../api.ts';
import { type BoardFilter, type BoardSort, boardRows } from '../board.ts';
import { boardQuery, readBoardQuery } from '../boardQuery.ts';
import { useVariantsT } from '../messages.ts';
import { useGathered } from '../useGathered.ts';
import { BatchExport } from './BatchExport.tsx';
import { BoardExport } from './BoardExport.tsx';
import { BoardFilters } from './BoardFilters.tsx';
import { BoardTable } from './BoardTable.tsx';
import '../variants.css';

/**
 * The board of every variant of one master PKS: a row per OPD with its state, approvals,
 * pending master changes, overrides, liaisons and last activity; filtered and sorted by its
 * address, exported for the Sekda's report, and read again as the variants change.
 */
export function BoardPage() {
  const { cooperationId = '', documentId = '' } = useParams();
  const t = useVariantsT();
  const tApp = useT();
  const coop = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  const board = useResource(`variants:${documentId}`, () => getBoard(documentId));
  const readAgain = useGathered(board.reload);
  // Approvals, status changes, master changes reaching the variants, liaisons and units all show here.
  useCooperationEvents(cooperationId, (event) => {
    if (concerns(event, 'variants', 'approvals', 'documents', 'liaisons', 'units')) readAgain();
  });
  // The filter lives here, so the controls answer at once; the address follows it.
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState(() => readBoardQuery(params));
  const { filter, sort } = view;
  const query = boardQuery(filter, sort).toString();
  useEffect(() => {
    setParams(new URLSearchParams(query), { replace: true });
  }, [query, setParams]);
  const change = (next: { filter?: BoardFilter; sort?: BoardSort }) =>
    setView((v) => ({ filter: next.filter ?? v.filter, sort: next.sort ?? v.sort }));
  const variants = board.data?.variants;
  const rows = useMemo(() => boardRows(variants ?? [], filter, sort), [variants, filter, sort]);
  const cooperation = coop.data;
  const master = board.data?.master;
  const parties = [...(cooperation?.parties ?? [])].sort((a, b) => a.ordinal - b.ordinal);

  return (
    <Frame
      crumbs={documentCrumbs(
        tApp('nav.home'),
        cooperationId,
        cooperation?.title,
        documentId,
        master?.title ?? '…',
        { label: t('board.title') },
      )}
    >
      <div className="page">
        <ErrorNote error={board.error ?? coop.error} onRetry={board.error ? board.reload : coop.reload} />
        {!board.data && !board.error && <p className="muted">{tApp('app.loading')}</p>}
        {board.data && master && (
          <>
            <div className="page-head">
              <div>
                <h1>{t('board.title')}</h1>
                <p className="muted">
                  {t('board.of', { title: master.title })} ·{' '}
                  <Link to={documentPath(cooperationId, master.documentId)}>{t('board.master')}</Link>
                </p>
              </div>
              <div className="stack tight board-downloads">
                <BoardExport rows={rows} parties={parties} masterTitle={master.title} />
                {board.data.variants.length > 0 && <BatchExport masterId={master.documentId} />}
              </div>
            </div>
            <BoardFilters filter={filter} sort={sort} onChange={change} />
            <p className="muted small" role="status" data-testid="board-count">
              {t('board.count', { shown: rows.length, total: board.data.variants.length })} ·{' '}
              {t('board.live')}
            </p>
            {board.data.variants.length === 0 ? (
              <p className="empty-state">{t('board.empty')}</p>
            ) : rows.length === 0 ? (
              <p className="empty-state">{t('board.none')}</p>
            ) : (
              <BoardTable
                rows={rows}
                parties={parties}
                cooperationId={cooperationId}
                sort={sort}
                onSort={(s) => change({ sort: s })}
              />
            )}
          </>
        )}
      </div>
    </Frame>
  );
}
