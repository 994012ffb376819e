import { useState } from 'react';
import { NODE } from '../../../../../shared/schema/names.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { Field } from '../../../app/Field.tsx';
import { useT } from '../../../i18n/index.ts';
import type { EditorScreen } from '../context.ts';
import { useEditorUi } from '../store.ts';

/**
 * Picker for "sebagaimana dimaksud dalam Pasal 3 ayat (2)": inserts a reference node that
 * points at the clause (and ayat) by id, so it renumbers itself when clauses move.
 */
export function CrossRefDialog({ screen }: { screen: EditorScreen }) {
  const { editor, outline, editable } = screen;
  const t = useT();
  const open = useEditorUi((s) => s.crossRefOpen && editable);
  const setOpen = useEditorUi((s) => s.setCrossRefOpen);
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const clauses = outline.clauses.filter(
    (c) => !q || `pasal ${c.number} ${c.heading}`.toLowerCase().includes(q) || String(c.number) === q,
  );

  const insert = (clauseId: string, ayat: string | null) => {
    setOpen(false);
    setQuery('');
    editor.chain().focus().insertContent({ type: NODE.clauseRef, attrs: { clauseId, ayat } }).run();
  };

  return (
    <Dialog title={t('xref.title')} open={open} onClose={() => setOpen(false)}>
      <Field label={t('xref.search')}>
        <input className="input" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      </Field>
      {clauses.length === 0 ? (
        <p className="muted">{t('xref.empty')}</p>
      ) : (
        <ul className="xref-list">
          {clauses.map((c) => (
            <li key={c.id}>
              <div className="xref-clause">
                <strong>Pasal {c.number}</strong> <span className="muted">{c.heading}</span>
              </div>
              <div className="xref-targets">
                <button type="button" className="button" onClick={() => insert(c.id, null)}>
                  {t('xref.whole')}
                </button>
                {c.ayat
                  .filter((a) => a.id)
                  .map((a) => (
                    <button key={a.id} type="button" className="button" onClick={() => insert(c.id, a.id)}>
                      {t('xref.ayat', { n: a.number })}
                    </button>
                  ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
