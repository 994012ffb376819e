import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ConfirmDialog } from '../../../app/ConfirmDialog.tsx';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import { getCooperation } from '../../cooperations/api.ts';
import { documentCrumbs } from '../../cooperations/crumbs.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { getDocument } from '../../documents/api.ts';
import { compareDocxUrl, getComparison, getVersions, restoreFromVersion } from '../api.ts';
import { useHistoryT } from '../messages.ts';
import { CompareClause } from './CompareClause.tsx';
import { useVersionName } from './VersionsList.tsx';
import '../history.css';
import { Field } from '../../../app/Field.tsx';

const CURRENT = 'current';

/**
 * Bandingkan: pick two versions (or a version and the text now); every Pasal's fate with a
 * redline in its authors' colours; restore a Pasal or the whole text from the older version;
 * download the comparison as a Word file with tracked changes. The choice is in the URL.
 */
export function ComparePage() {
  const { cooperationId = '', documentId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const t = useHistoryT();
  const tApp = useT();
  const language = useLanguage((s) => s.language);
  const nameOf = useVersionName();
  const coop = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  const doc = useResource(`document:${documentId}`, () => getDocument(documentId));
  const versions = useResource(`versions:${documentId}`, () => getVersions(documentId));
  const list = versions.data?.versions ?? [];
  const from = params.get('from') ?? list[0]?.id ?? '';
  const to = params.get('to') ?? CURRENT;
  const [generation, setGeneration] = useState(0);
  const comparison = useResource(`compare:${documentId}:${from}:${to}:${generation}`, () =>
    from ? getComparison(documentId, from, to) : Promise.resolve(null),
  );
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [restoring, setRestoring] = useState<{ clauseId?: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const fromVersion = list.find((v) => v.id === from);
  const canRestore = !!fromVersion && !!doc.data?.permissions.canRestore;
  const choose = (key: 'from' | 'to', value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });

  const restore = async () => {
    if (!fromVersion || !restoring) return;
    setError(null);
    try {
      const result = await restoreFromVersion(documentId, fromVersion.id, restoring.clauseId);
      showToast(result.changed ? t('restored') : t('nothingToRestore'));
      setRestoring(null);
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const option = (value: string, label: string) => (
    <option key={value} value={value}>
      {label}
    </option>
  );
  const versionOptions = list.map((v) => option(v.id, `${nameOf(v)} — ${formatDateTime(v.at, language)}`));
  const fromName = fromVersion ? nameOf(fromVersion) : '';
  const restoreTitle = restoring?.clauseId
    ? t('restoreClause', { label: fromName })
    : t('restoreDocument', { label: fromName });
  const data = comparison.data;
  const shown = data?.clauses.filter((c) => showUnchanged || c.status !== 'unchanged' || c.moved) ?? [];

  return (
    <Frame
      layout="page"
      crumbs={documentCrumbs(
        tApp('nav.home'),
        cooperationId,
        coop.data?.title,
        documentId,
        doc.data?.document.title ?? '…',
        { label: t('compareTitle') },
      )}
    >
      <div className="page compare-page">
        <div className="page-head">
          <h1>{t('compareTitle')}</h1>
          <Link className="button quiet" to={documentPath(cooperationId, documentId)}>
            {t('back')}
          </Link>
        </div>
        <ErrorNote error={coop.error ?? doc.error ?? versions.error} />
        <div className="compare-pickers">
          <Field label={t('from')}>
            <select
              className="input"
              name="from"
              value={from}
              onChange={(e) => choose('from', e.target.value)}
            >
              {!from && option('', t('pickFrom'))}
              {versionOptions}
            </select>
          </Field>
          <Field label={t('to')}>
            <select className="input" name="to" value={to} onChange={(e) => choose('to', e.target.value)}>
              {option(CURRENT, t('current'))}
              {versionOptions}
            </select>
          </Field>
          {from && (
            <DownloadLink className="button" href={compareDocxUrl(documentId, from, to)}>
              {t('downloadDocx')}
            </DownloadLink>
          )}
        </div>
        {versions.data && list.length === 0 && <p className="muted">{t('noVersions')}</p>}
        <ErrorNote error={comparison.error} onRetry={comparison.reload} />
        {comparison.loading && (
          <p className="muted small" role="status">
            {t('loading')}
          </p>
        )}
        {data && (
          <>
            <p className="compare-counts" aria-live="polite">
              {t('counts', data.counts)}
            </p>
            <div className="compare-tools">
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={showUnchanged}
                  onChange={(e) => setShowUnchanged(e.target.checked)}
                />
                {t('showUnchanged')}
              </label>
              {canRestore && (
                <button type="button" className="button" onClick={() => setRestoring({})}>
                  {t('restoreDocument', { label: fromName })}
                </button>
              )}
            </div>
            {shown.length === 0 && <p className="muted">{t('noDifferences')}</p>}
            <div className="compare-clauses">
              {shown.map((clause) => (
                <CompareClause
                  key={clause.clauseId}
                  clause={clause}
                  restoreLabel={t('restoreClause', { label: fromName })}
                  onRestore={
                    canRestore && clause.from && clause.status !== 'unchanged'
                      ? () => setRestoring({ clauseId: clause.clauseId })
                      : undefined
                  }
                />
              ))}
            </div>
          </>
        )}
      </div>
      <ConfirmDialog
        title={restoreTitle}
        open={restoring !== null}
        confirmLabel={t('confirmRestore')}
        onConfirm={restore}
        onCancel={() => setRestoring(null)}
      >
        <p>{t('restoreConfirm', { label: fromName })}</p>
        <ErrorNote error={error} />
      </ConfirmDialog>
    </Frame>
  );
}
