import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { parseIsoDate, partyLabelList, shortDate } from '../../../../../shared/words.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { ApiError } from '../../../app/http.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { type ImportPreview, importDocument } from '../api.ts';
import { useImportT } from '../messages.ts';
import { ImportSummary } from './ImportSummary.tsx';
import { type PartyAnswer, PartyAnswers } from './PartyAnswers.tsx';
import { PreviewContents } from './PreviewContents.tsx';
import '../import.css';

/**
 * What Sepakat recognised in a draft, before anything is created: the user confirms the kind,
 * answers which cooperation party each draft party is where the names did not say, chooses
 * whether the text's party labels follow the cooperation, then creates and opens the document.
 */
export function ImportPreviewDialog({
  cooperationId,
  parties,
  file,
  preview,
  onClose,
  onCreated,
}: {
  cooperationId: string;
  parties: Party[];
  file: File;
  preview: ImportPreview;
  onClose: () => void;
  onCreated: () => void;
}) {
  const ti = useImportT();
  const t = useT();
  const language = useLanguage((s) => s.language);
  const navigate = useNavigate();
  const { report } = preview;
  const [kind, setKind] = useState<'mou' | 'pks'>(report.detected.kind ?? 'mou');
  const [answers, setAnswers] = useState<Record<number, PartyAnswer>>(() =>
    Object.fromEntries(preview.parties.map((p) => [p.ordinal, p.partyId ?? ''])),
  );
  const labelsDiffer =
    preview.orderDiffers ||
    (report.detected.wording !== undefined && report.detected.wording !== preview.wording);
  const [relabel, setRelabel] = useState(labelsDiffer);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const chosen = Object.values(answers).filter((a) => a && a !== 'none');
  const unanswered = Object.values(answers).some((a) => !a);
  const duplicate = new Set(chosen).size !== chosen.length;

  const create = async () => {
    if (unanswered || duplicate) {
      const key = unanswered ? 'answerParties' : 'duplicateParty';
      setError(new ApiError(400, 'import.answers', ti(key), ti(key)));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { document } = await importDocument(cooperationId, file, {
        kind,
        parties: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === 'none' ? null : v])),
        relabel: labelsDiffer && relabel,
      });
      onCreated();
      navigate(documentPath(cooperationId, document.id));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const warnings = language === 'en' ? report.warningsEn : report.warnings;
  return (
    <Dialog title={ti('previewTitle')} open onClose={onClose}>
      <div className="import-preview stack">
        <ImportSummary preview={preview} />
        <dl className="import-facts">
          <dt>{ti('fileName')}</dt>
          <dd>{file.name}</dd>
          <dt>{ti('detectedTitle')}</dt>
          <dd>{report.detected.title ?? ti('none')}</dd>
          <dt>{ti('kind')}</dt>
          <dd>
            <select
              className="input"
              aria-label={ti('kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'mou' | 'pks')}
            >
              <option value="mou">{t('kind.mou.long')}</option>
              <option value="pks">{t('kind.pks.long')}</option>
            </select>
          </dd>
          <dt>{ti('subject')}</dt>
          <dd>{report.detected.subject ?? ti('none')}</dd>
          <dt>{ti('datePlace')}</dt>
          <dd>
            {[signingDate(report.detected.date), report.detected.place].filter(Boolean).join(', ') ||
              ti('none')}
          </dd>
        </dl>

        <section className="stack" aria-labelledby="import-parties-heading">
          <h3 id="import-parties-heading">{ti('parties')}</h3>
          <PartyAnswers
            preview={preview}
            parties={parties}
            answers={answers}
            onAnswer={(ordinal, answer) => setAnswers((a) => ({ ...a, [ordinal]: answer }))}
          />
          {labelsDiffer && (
            <div className="import-order">
              <p className="small">
                {ti('orderDiffers', { labels: partyLabelList(parties.length, preview.wording) })}
              </p>
              <label>
                <input type="checkbox" checked={relabel} onChange={(e) => setRelabel(e.target.checked)} />
                <span>{ti('relabel')}</span>
              </label>
            </div>
          )}
        </section>

        <PreviewContents report={report} />

        {warnings.length > 0 && (
          <section aria-label={ti('warnings')}>
            <h3>{ti('warnings')}</h3>
            <ul className="small">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </section>
        )}

        {error && <ErrorNote error={error} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {ti('cancel')}
          </button>
          <button type="button" className="button primary" onClick={create} disabled={busy}>
            {busy ? ti('creating') : ti('create')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** "15 Mei 2024" from the ISO date the draft's opening gave. */
function signingDate(iso: string | undefined): string | undefined {
  const date = parseIsoDate(iso);
  return date ? shortDate(date) : undefined;
}
