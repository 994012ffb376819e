import { useEffect, useState } from 'react';
import { META } from '../../../../../shared/meta.ts';
import type { UnacceptedEdit } from '../../../document/unacceptedEdits.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { useEditorT } from '../messages.ts';

/** Puts `text` on the clipboard; false where the browser allows neither way. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without the async clipboard (an insecure origin, a refused permission) the old way may still work.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** A "Salin" button that says for a moment whether the copy worked. */
function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useEditorT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className="button"
      title={state === 'failed' ? t('copyFailed') : undefined}
      onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
    >
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : label}
    </button>
  );
}

const PLAIN_FIELDS = new Set<string>(Object.values(META));
const PARTY_FIELDS = new Set(['number', 'signatoryName', 'signatoryPosition', 'signatoryNip']);

/** The Info field a meta key belongs to, named as the Info panel names it ("Nomor (Ombudsman)"). */
function useFieldName(parties: Cooperation['parties']): (field: string) => string {
  const t = useT();
  return (field) => {
    if (PLAIN_FIELDS.has(field)) return t(`meta.${field}` as MessageKey);
    const [name, partyId] = field.split('.', 2);
    const party = parties.find((p) => p.id === partyId);
    return name !== undefined && PARTY_FIELDS.has(name) && party
      ? `${t(`meta.${name}` as MessageKey)} (${party.shortName})`
      : field;
  };
}

/**
 * The parts of the local copy the server did not accept, each with its text and a button to
 * copy it, and one to copy them all: not silently kept, not silently lost.
 */
export function UnacceptedEdits({
  edits,
  parties,
}: {
  edits: UnacceptedEdit[];
  parties: Cooperation['parties'];
}) {
  const t = useEditorT();
  const fieldName = useFieldName(parties);
  const labelOf = (edit: UnacceptedEdit) => {
    switch (edit.kind) {
      case 'clause':
        return t('part.clause', { number: edit.number });
      case 'chapter':
        return t('part.chapter', { roman: edit.roman });
      case 'meta':
        return t('part.meta', { field: fieldName(edit.field) });
      default:
        return t(`part.${edit.kind}`);
    }
  };
  const all = edits.map((edit) => `${labelOf(edit)}\n${edit.text}`).join('\n\n');
  return (
    <div className="unaccepted">
      <div className="unaccepted-head">
        <p>{t('refused.listIntro')}</p>
        <CopyButton text={all} label={t('copyAll')} />
      </div>
      <ul className="unaccepted-list">
        {edits.map((edit) => (
          <li key={edit.key} data-key={edit.key}>
            <div className="unaccepted-head">
              <strong>{labelOf(edit)}</strong>
              <CopyButton text={edit.text} label={t('copy')} />
            </div>
            <pre className="unaccepted-text">{edit.text}</pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
