import { Fragment } from 'react';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { SHORTCUTS, useHelpSheet } from './shortcuts.ts';

/** The keyboard help sheet (Ctrl+/). */
export function ShortcutsSheet() {
  const { open, setOpen } = useHelpSheet();
  const t = useT();
  return (
    <Dialog title={t('shortcuts.title')} open={open} onClose={() => setOpen(false)}>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <Fragment key={s.label}>
            <dt>
              {s.keys.map((combo, i) => (
                <Fragment key={combo.join('+')}>
                  {i > 0 && ' / '}
                  {combo.map((k, j) => (
                    <Fragment key={k}>
                      {j > 0 && ' + '}
                      <kbd>{k}</kbd>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </Fragment>
        ))}
      </dl>
    </Dialog>
  );
}
