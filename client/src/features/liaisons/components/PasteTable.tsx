import { useState } from 'react';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartySelect } from '../../cooperations/components/PartySelect.tsx';
import { useMeetingsT } from '../../meetings/messages.ts';
import { importLiaisons } from '../api.ts';
import { PasteBox, usePastedTable } from './PasteBox.tsx';

/** Liaisons pasted from a spreadsheet; the rows the server could not take are listed with why. */
export function PasteTable({
  cooperation,
  onImported,
}: {
  cooperation: Cooperation;
  onImported: () => void;
}) {
  const t = useMeetingsT();
  const [partyId, setPartyId] = useState(cooperation.myPartyId);
  const pasted = usePastedTable(async (table) => {
    const result = await importLiaisons(cooperation.id, table, partyId);
    return { errors: result.errors, toast: t('liaisons.imported', { count: result.liaisons.length }) };
  }, onImported);

  return (
    <PasteBox
      {...pasted}
      className="liaison-form"
      hint={t('liaisons.pasteHint')}
      label={t('liaisons.paste')}
      rowErrorsTitle={t('liaisons.rowErrors')}
      submitLabel={t('liaisons.import')}
    >
      <PartySelect
        label={t('liaisons.party')}
        parties={cooperation.parties}
        value={partyId}
        onChange={setPartyId}
      />
    </PasteBox>
  );
}
