import type { MessageKey } from '../../../i18n/index.ts';
import { useT } from '../../../i18n/index.ts';
import type { EditorScreen } from '../context.ts';

/** A side-panel tab whose feature is not built yet: one calm sentence about what will be here. */
export function placeholderPanel(message: MessageKey) {
  return function PlaceholderPanel(_props: { screen: EditorScreen }) {
    const t = useT();
    return <p className="empty-state small">{t(message)}</p>;
  };
}
