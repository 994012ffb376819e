import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { PrintedPartyDTO } from '../../../../../shared/api/documents.ts';
import { META, partyMetaKey } from '../../../../../shared/meta.ts';
import { DateField } from '../../../app/DateField.tsx';
import { Field } from '../../../app/Field.tsx';
import { useMeta } from '../../../document/useMeta.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import { AmendmentSection } from '../../amendments/components/AmendmentSection.tsx';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { cooperationPath } from '../../cooperations/paths.ts';
import { useVariablesT } from '../../variables/messages.ts';
import type { EditorScreen } from '../context.ts';
import '../infoPanel.css';

interface FieldProps {
  label: MessageKey;
  metaKey: string;
  type?: 'text' | 'date' | 'number';
  meta: Record<string, string>;
  set: (key: string, value: string) => void;
  disabled: boolean;
}

function MetaField({ label, metaKey, type = 'text', meta, set, disabled }: FieldProps) {
  const t = useT();
  return (
    <Field label={t(label)}>
      <input
        className="input"
        type={type}
        min={type === 'number' ? 1 : undefined}
        name={metaKey}
        value={meta[metaKey] ?? ''}
        disabled={disabled}
        onChange={(e) => set(metaKey, e.target.value)}
      />
    </Field>
  );
}

/**
 * The signatory of a party whose unit (OPD) a variant is made for: the unit's head signs, as
 * the OPD tab records them, so the Info fields would print nothing. Shown read-only, with a note
 * that says where to change them.
 */
function UnitHeadSigns({
  signatory,
  cooperationId,
}: {
  signatory: NonNullable<PrintedPartyDTO['signatory']>;
  cooperationId: string;
}) {
  const t = useT();
  const tv = useVariablesT();
  const noteId = useId();
  const fields: [MessageKey, string][] = [
    ['meta.signatoryName', signatory.name],
    ['meta.signatoryPosition', signatory.position],
    ['meta.signatoryNip', signatory.nip],
  ];
  return (
    <>
      <p id={noteId} className="muted small unit-signs">
        {tv('info.unitSigns')} (
        <Link to={`${cooperationPath(cooperationId)}/opd`}>{tv('info.unitSignsLink')}</Link>)
      </p>
      {fields.map(([label, value]) => (
        <Field key={label} label={t(label)}>
          <input className="input" value={value} placeholder="—" readOnly aria-describedby={noteId} />
        </Field>
      ))}
    </>
  );
}

/**
 * Info: the metadata form, bound live to the Y.Map "meta": every keystroke is shared, and the
 * title block and signature block on the sheet follow it. In a variant, the party of its OPD is
 * signed by the OPD's head (`UnitHeadSigns`), not by the Info fields.
 */
export function InfoPanel({ screen }: { screen: EditorScreen }) {
  const t = useT();
  const [meta, set] = useMeta(screen.session.ydoc);
  const disabled = !screen.editable;
  const common = { meta, set, disabled };
  const parties = [...screen.cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const { document } = screen;
  // Only a variant's unit stands in for its party; a signatory from the records signs for it.
  const unitHead = (partyId: string) =>
    document.tier === 'variant'
      ? document.printedParties?.find((p) => p.id === partyId)?.signatory
      : undefined;
  return (
    <>
      <AmendmentSection screen={screen} />
      <form className="stack info-form" onSubmit={(e) => e.preventDefault()}>
        <p className="muted small">{t('meta.live')}</p>
        <fieldset className="stack">
          <legend className="field-label">{t('meta.general')}</legend>
          <MetaField label="meta.title" metaKey={META.title} {...common} />
          <MetaField label="meta.subject" metaKey={META.subject} {...common} />
          <MetaField label="meta.place" metaKey={META.place} {...common} />
          <DateField
            label={t('meta.date')}
            name={META.date}
            value={meta[META.date] ?? ''}
            disabled={disabled}
            onChange={(iso) => set(META.date, iso)}
          />
          <div className="field-pair">
            <MetaField label="meta.originals" metaKey={META.originals} type="number" {...common} />
            <MetaField label="meta.termYears" metaKey={META.termYears} type="number" {...common} />
          </div>
        </fieldset>
        {parties.map((p) => {
          const head = unitHead(p.id);
          return (
            <fieldset key={p.id} className="stack">
              <legend>
                <PartyChip party={p} />
              </legend>
              <MetaField label="meta.number" metaKey={partyMetaKey.number(p.id)} {...common} />
              {head ? (
                <UnitHeadSigns signatory={head} cooperationId={screen.cooperation.id} />
              ) : (
                <>
                  <MetaField
                    label="meta.signatoryName"
                    metaKey={partyMetaKey.signatoryName(p.id)}
                    {...common}
                  />
                  <MetaField
                    label="meta.signatoryPosition"
                    metaKey={partyMetaKey.signatoryPosition(p.id)}
                    {...common}
                  />
                  <MetaField
                    label="meta.signatoryNip"
                    metaKey={partyMetaKey.signatoryNip(p.id)}
                    {...common}
                  />
                </>
              )}
            </fieldset>
          );
        })}
      </form>
    </>
  );
}
