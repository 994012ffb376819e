import { Field } from '../../../app/Field.tsx';
import { BOARD_COLUMNS, type BoardFilter, type BoardSort } from '../board.ts';
import { useVariantsT } from '../messages.ts';
import { columnKey } from './BoardTable.tsx';

const STATES = ['draft', 'agreed', 'final', 'signed'] as const;

/**
 * The board's filters: a text search, a state, pending master changes only, missing liaisons
 * only; on a phone (no column headers to click) a choice of the sort too.
 */
export function BoardFilters({
  filter,
  sort,
  onChange,
}: {
  filter: BoardFilter;
  sort: BoardSort;
  onChange: (next: { filter?: BoardFilter; sort?: BoardSort }) => void;
}) {
  const t = useVariantsT();
  const set = (patch: Partial<BoardFilter>) => onChange({ filter: { ...filter, ...patch } });
  return (
    <search className="board-filters">
      <Field label={t('board.search')} className="field grow">
        <input
          className="input"
          type="search"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </Field>
      <Field label={t('board.state')}>
        <select
          className="input"
          value={filter.state}
          onChange={(e) => set({ state: e.target.value as BoardFilter['state'] })}
        >
          <option value="all">{t('board.state.all')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`state.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.pendingOnly}
          onChange={(e) => set({ pendingOnly: e.target.checked })}
        />
        {t('board.pendingOnly')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.missingLiaisons}
          onChange={(e) => set({ missingLiaisons: e.target.checked })}
        />
        {t('board.missingOnly')}
      </label>
      <Field label={t('board.sort')} className="field board-sort-phone">
        <select
          className="input"
          value={`${sort.descending ? '-' : ''}${sort.column}`}
          onChange={(e) =>
            onChange({
              sort: {
                column: e.target.value.replace(/^-/, '') as BoardSort['column'],
                descending: e.target.value.startsWith('-'),
              },
            })
          }
        >
          {BOARD_COLUMNS.flatMap((c) => [
            <option key={c} value={c}>
              {t(columnKey[c])} ↑
            </option>,
            <option key={`-${c}`} value={`-${c}`}>
              {t(columnKey[c])} ↓
            </option>,
          ])}
        </select>
      </Field>
    </search>
  );
}
