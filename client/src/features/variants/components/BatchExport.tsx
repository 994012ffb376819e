import { useState } from 'react';
import type { VariantExportMode } from '../../../../../shared/api/variantExport.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { type BatchProgress, exportBatch } from '../batchExport.ts';
import { saveBlob } from '../boardFiles.ts';
import { useVariantsT } from '../messages.ts';

/**
 * "Unduh semua PKS (.zip)": every variant's Word file in one .zip, as drafts (all, as they are)
 * or as finals (the final and signed ones), with a bar that moves as each file is built.
 */
export function BatchExport({ masterId }: { masterId: string }) {
  const t = useVariantsT();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [running, setRunning] = useState<VariantExportMode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (mode: VariantExportMode) => {
    setRunning(mode);
    setError(null);
    setProgress(null);
    try {
      const file = await exportBatch(masterId, mode, setProgress);
      saveBlob(file.blob, file.name);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setRunning(null);
    }
  };
  return (
    <div className="batch-export" data-testid="batch-export">
      <div className="section-actions">
        {(['draft', 'final'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            className="button"
            disabled={running !== null}
            aria-busy={running === mode}
            onClick={() => run(mode)}
          >
            {t(mode === 'draft' ? 'batch.drafts' : 'batch.finals')}
          </button>
        ))}
      </div>
      {running && (
        <div className="batch-progress" role="status">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          <span className="small">
            {progress
              ? t('batch.progress', { done: progress.done, total: progress.total, unit: progress.unit })
              : t('batch.starting')}
          </span>
        </div>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
