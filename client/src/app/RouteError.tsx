import { useEffect } from 'react';
import { useRouteError } from 'react-router-dom';

/**
 * The words of the error screen, Bahasa Indonesia first. Both languages are shown at once: the
 * screen stands in for one that failed, so it asks nothing of the stores that may have failed it.
 */
const WORDS = {
  id: {
    title: 'Halaman ini mengalami kesalahan dan tidak dapat ditampilkan.',
    body: 'Yang sudah Anda ketik tetap tersimpan. Muat ulang halaman untuk melanjutkan.',
  },
  en: {
    title: 'Something went wrong on this page and it cannot be shown.',
    body: 'What you typed is kept. Reload the page to carry on.',
  },
  reload: 'Muat ulang · Reload',
  home: 'Beranda · Home',
} as const;

/**
 * A route's error boundary (React Router's `errorElement`): an error while a screen renders,
 * or its code failing to load, shows this with a way to reload instead of React Router's bare
 * "Unexpected Application Error".
 */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    console.error('Sepakat: a screen failed to render', error);
  }, [error]);
  return (
    <div className="centered-note route-error" role="alert">
      <p lang="id">
        <strong>{WORDS.id.title}</strong> {WORDS.id.body}
      </p>
      <p lang="en">
        <strong>{WORDS.en.title}</strong> {WORDS.en.body}
      </p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {WORDS.reload}
      </button>
      <a className="button quiet" href="/">
        {WORDS.home}
      </a>
    </div>
  );
}
