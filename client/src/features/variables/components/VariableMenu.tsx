import { type KeyboardEvent, useEffect } from 'react';
import { NODE } from '../../../../../shared/schema/names.ts';
import { VARIABLE_LABELS, VARIABLE_NAMES } from '../../../../../shared/variables/names.ts';
import { useMenu } from '../../../app/useMenu.ts';
import { useVariableChips } from '../../../document/variableChips.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { chipValues } from '../chipValues.ts';
import { useVariablesT } from '../messages.ts';
import '../variables.css';

/** Arrow keys move between the menu's items (Tab does too); Escape closes it (useMenu). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
  next?.focus();
  event.preventDefault();
}

/**
 * "Sisipkan variabel" in the toolbar of a PKS: the closed list of a master's variables, each
 * inserted at the cursor as a chip. It also tells the chips which values to show (`chipValues`).
 */
export function VariableMenu({ screen }: { screen: EditorScreen }) {
  const { editor, editable, document } = screen;
  const t = useVariablesT();
  const language = useLanguage((s) => s.language);
  const menu = useMenu();
  useEffect(() => {
    useVariableChips.setState(chipValues(document.tier, document.variables));
  }, [document.tier, document.variables]);
  useEffect(() => {
    if (menu.open) menu.ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [menu.open, menu.ref]);
  if (document.kind !== 'pks') return null;
  const insert = (name: string) => {
    editor.chain().focus().insertContent({ type: NODE.variable, attrs: { name } }).run();
    menu.close();
  };
  return (
    <div className="variable-menu toolbar-group" ref={menu.ref}>
      <button type="button" className="button" disabled={!editable} {...menu.buttonProps}>
        {t('menu.button')} ▾
      </button>
      {menu.open && (
        <div className="menu" role="menu" aria-label={t('menu.heading')} onKeyDown={moveFocus}>
          <p className="menu-head muted small">{t('menu.hint')}</p>
          {VARIABLE_NAMES.map((name) => (
            <button key={name} type="button" role="menuitem" onClick={() => insert(name)}>
              {VARIABLE_LABELS[name][language]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
