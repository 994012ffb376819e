import type { CompletenessItem } from '../../../../../shared/completeness.ts';
import { NODE } from '../../../../../shared/schema/names.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { useClauseLibraryUi } from '../../clauseLibrary/store.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useOpenPanel } from '../../editor/useOpenPanel.ts';
import { jumpTo } from '../jump.ts';
import { useCompletenessT } from '../messages.ts';
import { attentionFirst, INFO_FIELD, itemPlace, itemStatus, STATUS_ICON } from '../status.ts';
import { useCompleteness } from '../useCompleteness.ts';
import { useExpanded } from '../useExpanded.ts';
import { CompletenessRow } from './CompletenessRow.tsx';
import '../completeness.css';

/**
 * Kelengkapan, under the outline: the checklist of docs/DOMAIN.md for this MoU or PKS, computed live
 * in the browser. What needs attention comes first (missing required sections, then
 * recommended ones), then the warnings (term, PKS without MoU, broken references, blanks); the
 * sections present fold away. Each line takes you where it is fixed: its Pasal, the opening,
 * the Info tab, or the clause library for a Pasal that is missing.
 */
export function CompletenessPanel({ screen }: { screen: EditorScreen }) {
  const { editor, outline, editable, document } = screen;
  const t = useCompletenessT();
  const language = useLanguage((s) => s.language);
  const report = useCompleteness(screen);
  const [expanded, setExpanded] = useExpanded();
  const openPanel = useOpenPanel();
  const showLibrary = useClauseLibraryUi((s) => s.show);

  if (document.kind !== 'mou' && document.kind !== 'pks') return null;
  const { open, present } = attentionFirst(report.items);
  const numberOf = (id: string) => outline.clauses.find((c) => c.id === id)?.number;

  const openInfo = (item: CompletenessItem) => {
    openPanel('info');
    const field = INFO_FIELD[item.key];
    // After the Info tab has rendered.
    setTimeout(() => {
      const input = field
        ? window.document.querySelector<HTMLInputElement>(`.info-form [name^="${field}"]`)
        : null;
      input?.focus();
    }, 50);
  };

  /** What clicking an item does, and its words; null when there is nowhere to go. */
  const actionOf = (item: CompletenessItem): { label: string; run: () => void } | null => {
    const first = item.clauseIds[0];
    const number = first ? numberOf(first) : undefined;
    if (first && number !== undefined) {
      return {
        label: t('action.clause', { number }),
        run: () => jumpTo(editor, (n) => n.type.name === NODE.clause && n.attrs.id === first),
      };
    }
    const place = itemPlace(item);
    if (place === 'info') return { label: t('action.info'), run: () => openInfo(item) };
    if (place === 'preamble' || place === 'closing') {
      const type = place === 'preamble' ? NODE.preamble : NODE.closing;
      return {
        label: t(place === 'preamble' ? 'action.preamble' : 'action.closing'),
        run: () => jumpTo(editor, (n) => n.type.name === type),
      };
    }
    if (!item.present && editable) {
      return { label: t('action.library'), run: () => showLibrary(item.key) };
    }
    return null;
  };

  const row = (item: CompletenessItem) => {
    const status = itemStatus(item);
    return (
      <CompletenessRow
        key={item.key}
        status={status}
        icon={STATUS_ICON[status]}
        label={item.label[language]}
        statusText={t(`status.${status}`)}
        action={actionOf(item)}
      />
    );
  };

  return (
    <section className="completeness" aria-labelledby="completeness-heading" data-testid="completeness">
      <h2 id="completeness-heading" className="column-heading completeness-heading">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls="completeness-body"
          title={t('toggle')}
          onClick={() => setExpanded(!expanded)}
        >
          <span aria-hidden="true" className="completeness-caret">
            {expanded ? '▾' : '▸'}
          </span>
          {t('heading')}
        </button>
      </h2>
      <p
        className={`completeness-summary ${report.missingRequired > 0 ? 'missing' : 'complete'}`}
        role="status"
        data-testid="completeness-summary"
      >
        <span aria-hidden="true">
          {report.missingRequired > 0 ? STATUS_ICON.missing : STATUS_ICON.present}
        </span>{' '}
        {report.missingRequired === 0
          ? t('allRequired')
          : report.missingRequired === 1
            ? t('missingRequiredOne')
            : t('missingRequired', { count: report.missingRequired })}
      </p>
      {expanded && (
        <div id="completeness-body" className="completeness-body">
          {open.length > 0 && <ul className="completeness-list">{open.map(row)}</ul>}
          {report.warnings.length > 0 && (
            <>
              <h3 className="completeness-subheading">{t('warnings')}</h3>
              <ul className="completeness-warnings">
                {report.warnings.map((w) => (
                  <li key={w.id} data-warning={w.id}>
                    <span aria-hidden="true">⚠</span> {w.message[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {present.length > 0 && (
            <details className="completeness-present">
              <summary>
                {present.length === 1 ? t('presentOne') : t('present', { count: present.length })}
              </summary>
              <ul className="completeness-list">{present.map(row)}</ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
