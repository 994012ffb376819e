import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The screen of a signed-out person (sign-in, an invitation link): Sepakat's name and one card. */
export function CardScreen({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="login-screen">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card card">
        <div className="brand login-brand">
          <span className="brand-mark" aria-hidden="true">
            §
          </span>
          {t('app.name')}
        </div>
        {children}
      </main>
    </div>
  );
}
