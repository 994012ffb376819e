import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { createVersion, getVersions, type VersionDTO } from '../api.ts';
import { listedVersions } from '../automaticVersions.ts';
import { useHistoryT } from '../messages.ts';
import { comparePath, versionPath } from '../paths.ts';
import { Author } from './Author.tsx';

/** A version's name: its label, or its kind for automatic ones. */
export function useVersionName() {
  const t = useHistoryT();
  return (v: VersionDTO) => v.label || t(`versionKind.${v.kind}`);
}

/** The document's versions (newest first), a form to name the text as it is now, links to compare. */
export function VersionsList({ screen }: { screen: EditorScreen }) {
  const t = useHistoryT();
  const dateTime = useDateTime();
  const nameOf = useVersionName();
  const { document, cooperation } = screen;
  const versions = useResource(`versions:${document.id}`, () => getVersions(document.id));
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [showAutomatic, setShowAutomatic] = useState(false);
  const canSave = screen.permissions.canSaveVersion;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const version = await createVersion(document.id, label.trim());
      showToast(t('savedVersion', { label: version.label }));
      setLabel('');
      versions.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const all = versions.data?.versions ?? [];
  const { listed: list, automatic } = listedVersions(all, showAutomatic);
  const counts = ({ added, removed, changed, moved }: VersionDTO['summary']) => ({
    added,
    removed,
    changed,
    moved,
  });
  return (
    <section className="stack versions">
      <div className="history-section-head">
        <h2 className="panel-heading">{t('versionsHeading')}</h2>
        <Link className="button quiet" to={comparePath(cooperation.id, document.id)}>
          {t('compareLink')}
        </Link>
      </div>
      {canSave && (
        <form className="version-form" onSubmit={save}>
          <Field label={t('versionLabel')}>
            <input
              className="input"
              name="label"
              required
              maxLength={200}
              placeholder={t('versionPlaceholder')}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
            />
          </Field>
          <button type="submit" className="button" disabled={busy || !label.trim()}>
            {t('saveVersion')}
          </button>
        </form>
      )}
      <ErrorNote error={error ?? versions.error} />
      {automatic > 0 && (
        <label className="version-filter small">
          <input
            type="checkbox"
            checked={showAutomatic}
            onChange={(e) => setShowAutomatic(e.target.checked)}
          />
          {t('showAutomatic', { count: automatic })}
        </label>
      )}
      {versions.data && all.length === 0 && <p className="muted small">{t('noVersions')}</p>}
      {all.length > 0 && list.length === 0 && <p className="muted small">{t('automaticHidden')}</p>}
      <ol className="version-list">
        {list.map((v) => (
          <li key={v.id} className="version-row">
            <div className="version-row-head">
              <strong>{nameOf(v)}</strong>
              <span className="badge">{t(`versionKind.${v.kind}`)}</span>
            </div>
            <div className="version-row-meta small muted">
              <time dateTime={v.at}>{dateTime(v.at)}</time>
              {v.author && <Author person={v.author} />}
              <span title={t('summaryLong', counts(v.summary))}>{t('summary', counts(v.summary))}</span>
            </div>
            <span className="version-row-links small">
              <Link to={versionPath(cooperation.id, document.id, v.id)}>{t('view')}</Link>
              <Link to={comparePath(cooperation.id, document.id, v.id, 'current')}>
                {t('compareWithNow')}
              </Link>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
