import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useLanguage } from '../i18n/index.ts';
import { router } from './routes.tsx';

/** The application: routes, with the page language kept on <html lang>. */
export function App() {
  const language = useLanguage((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <RouterProvider router={router} />;
}
