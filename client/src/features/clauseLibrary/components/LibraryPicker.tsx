import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { agreementPartySettings } from '../../../../../shared/api/agreementSettings.ts';
import { CHECKLIST } from '../../../../../shared/checklist.ts';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { outlineFromState } from '../../../document/numbering.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { fetchLibraryClause, type LibraryClause, searchClauseLibrary } from '../api.ts';
import { insertLibraryClause } from '../insertClause.ts';
import { useClauseLibraryT } from '../messages.ts';
import { useClauseLibraryUi } from '../store.ts';
import { LibraryPreview } from './LibraryPreview.tsx';

/** Waiting this long after a keystroke before asking the server keeps typing smooth. */
const SEARCH_DELAY_MS = 120;

/**
 * The picker inside the dialog: a search box that drives a list of standard clauses (a
 * combobox: ↑/↓ move, Enter inserts, focus stays in the box) and a preview of the chosen one
 * in Bahasa Indonesia and English. Mounted afresh each time the dialog opens.
 */
export function LibraryPicker({ screen, onDone }: { screen: EditorScreen; onDone: () => void }) {
  const { editor, document } = screen;
  const t = useClauseLibraryT();
  const language = useLanguage((s) => s.language);
  const kind = document.kind === 'mou' ? 'mou' : 'pks';
  const section = useClauseLibraryUi((s) => s.section);
  const [sectionOnly, setSectionOnly] = useState(section !== null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<LibraryClause[] | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  // The native dialog focuses its first button when it opens (after this effect): take the
  // focus back to the search box, where the keyboard drives the list.
  useEffect(() => {
    const timer = setTimeout(() => searchBox.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchClauseLibrary(query, kind).then(
        (clauses) => {
          if (!current) return;
          setFound(clauses);
          setActive(0);
          setError(null);
        },
        (e: ApiError) => current && setError(e.text(language)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, kind, language]);

  // A missing section asked for its clauses: show those alone, unless the library has none.
  const forSection = sectionOnly && found ? found.filter((c) => c.checklist === section) : [];
  const results = forSection.length > 0 ? forSection : (found ?? []);
  const chosen = results[Math.min(active, results.length - 1)] ?? null;
  const sectionLabel = CHECKLIST.find((s) => s.key === section)?.label[language];

  const insert = async (item: LibraryClause) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const clause = await fetchLibraryClause(
        item.key,
        kind,
        agreementPartySettings(screen.cooperation.settings).wording,
      );
      const tr = insertLibraryClause(editor.state, clause);
      onDone();
      editor.view.dispatch(tr);
      // After the dialog has given focus back.
      requestAnimationFrame(() => editor.view.focus());
      const number = outlineFromState(editor.state).clauses.find((c) => c.id === clause.attrs?.id)?.number;
      showToast(t('inserted', { title: item.title[language], number: number ?? '?' }));
    } catch (e) {
      setError((e as ApiError).text?.(language) ?? t('failed'));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.min(i, results.length - 1) + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (chosen) void insert(chosen);
    }
  };

  useEffect(() => {
    if (chosen)
      window.document.getElementById(`library-option-${chosen.key}`)?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  return (
    <div className="library-picker">
      <Field label={t('search')}>
        <input
          className="input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls="library-results"
          aria-autocomplete="list"
          aria-activedescendant={chosen ? `library-option-${chosen.key}` : undefined}
          aria-describedby="library-hint"
          ref={searchBox}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </Field>
      <p id="library-hint" className="muted small">
        {t('searchHint')} {t('where')}
      </p>
      {section && sectionLabel && forSection.length > 0 && (
        <p className="library-section">
          <span>{t('section', { section: sectionLabel })}</span>
          <button type="button" className="button quiet" onClick={() => setSectionOnly(false)}>
            {t('clearSection')}
          </button>
        </p>
      )}
      {error && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}
      <div className="library-columns">
        <div className="library-results-box">
          {found === null && <p className="muted small library-note">{t('loading')}</p>}
          {found !== null && results.length === 0 && <p className="muted small library-note">{t('empty')}</p>}
          <div id="library-results" className="library-results" role="listbox" aria-label={t('results')}>
            {results.map((item) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the list from the search box (↑/↓/Enter).
              <div
                key={item.key}
                id={`library-option-${item.key}`}
                role="option"
                tabIndex={-1}
                aria-selected={item === chosen}
                className={`library-option${item === chosen ? ' active' : ''}`}
                // Keep the focus (and the keyboard) in the search box.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(results.indexOf(item))}
                onClick={() => void insert(item)}
              >
                <span className="library-option-title">{item.title.id}</span>
                <span className="library-option-en" lang="en">
                  {item.title.en}
                </span>
                {item.tags.length > 0 && <span className="library-option-tags">{item.tags.join(' · ')}</span>}
              </div>
            ))}
          </div>
        </div>
        <LibraryPreview item={chosen} kind={kind} busy={busy} onInsert={(item) => void insert(item)} />
      </div>
    </div>
  );
}
