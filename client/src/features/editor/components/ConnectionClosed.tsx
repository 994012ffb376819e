import { Link } from 'react-router-dom';
import { CloseCode } from '../../../../../shared/protocol.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import { useEditorT } from '../messages.ts';

const KNOWN = new Set([4401, 4403, 4404, 4413]);

/** The server refused or ended the live session for good: say why and what to do. */
export function ConnectionClosed({ code, onReconnect }: { code: number; onReconnect: () => void }) {
  const t = useT();
  const te = useEditorT();
  const text =
    code === CloseCode.refused
      ? te('refused.again')
      : KNOWN.has(code)
        ? t(`editor.closed.${code}` as MessageKey)
        : t('editor.closed.other', { code });
  return (
    <div className="centered-note" role="alert">
      <p>{text}</p>
      {code === 4401 ? (
        <Link className="button primary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('login.submit')}
        </Link>
      ) : (
        <button type="button" className="button" onClick={onReconnect}>
          {t('editor.reconnect')}
        </button>
      )}
    </div>
  );
}
