import { type MessageKey, useT } from '../../../i18n/index.ts';

/** A side-panel tab whose feature is not built yet: one calm sentence about what will be here. */
export function PlaceholderPanel({ message }: { message: MessageKey }) {
  const t = useT();
  return <p className="empty-state small">{t(message)}</p>;
}
