import { useState } from 'react';
import type { VariantRow } from '../../../../../shared/api/variants.ts';
import { showToast } from '../../../app/toast.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { Party } from '../../cooperations/api.ts';
import { boardFileName, saveCsv, saveXlsx } from '../boardFiles.ts';
import { boardTable } from '../boardTable.ts';
import { useVariantsT } from '../messages.ts';

/** "Unduh .csv" and "Unduh .xlsx": the rows as shown (filtered and sorted), for the Sekda's report. */
export function BoardExport({
  rows,
  parties,
  masterTitle,
}: {
  rows: VariantRow[];
  parties: Party[];
  masterTitle: string;
}) {
  const t = useVariantsT();
  const when = useDateTime();
  const [busy, setBusy] = useState(false);
  const table = () => boardTable(rows, parties, t, when);
  const xlsx = async () => {
    setBusy(true);
    try {
      await saveXlsx(table(), t('sheet.name'), boardFileName(masterTitle, 'xlsx'));
    } catch (error) {
      console.error(error);
      showToast(String(error), 'warn');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="section-actions">
      <button
        type="button"
        className="button"
        onClick={() => saveCsv(table(), boardFileName(masterTitle, 'csv'))}
      >
        {t('board.csv')}
      </button>
      <button type="button" className="button" onClick={xlsx} disabled={busy} aria-busy={busy}>
        {busy ? t('board.exporting') : t('board.xlsx')}
      </button>
    </div>
  );
}
