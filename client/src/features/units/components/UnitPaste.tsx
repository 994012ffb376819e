import { PasteBox, usePastedTable } from '../../liaisons/components/PasteBox.tsx';
import { importUnits } from '../api.ts';
import { useUnitsT } from '../messages.ts';

/** Units of party `partyId` pasted from a spreadsheet; the rows the server refused are listed with why. */
export function UnitPaste({
  cooperationId,
  partyId,
  onImported,
}: {
  cooperationId: string;
  partyId: string;
  onImported: () => void;
}) {
  const t = useUnitsT();
  const pasted = usePastedTable(async (table) => {
    const result = await importUnits(cooperationId, partyId, table);
    return { errors: result.errors, toast: t('imported', { count: result.units.length }) };
  }, onImported);

  return (
    <PasteBox
      {...pasted}
      className="unit-form"
      hint={t('pasteHint')}
      label={t('pasteLabel')}
      rowErrorsTitle={t('rowErrors')}
      submitLabel={t('import')}
    />
  );
}
