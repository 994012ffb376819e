import { Link } from 'react-router-dom';
import { useT } from '../i18n/index.ts';

/** Any URL we do not know. */
export function NotFound() {
  const t = useT();
  return (
    <div className="centered-note">
      <p>{t('app.notFound')}</p>
      <Link className="button" to="/">
        {t('app.backHome')}
      </Link>
    </div>
  );
}
