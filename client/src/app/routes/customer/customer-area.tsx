import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '@/features/auth/components/login-form';
import { LanguageSwitch } from '@/app/language-switch';

/** The customer portal's route group: its login now, its screens with the customer portal issue. */
export function CustomerArea() {
  const { t } = useTranslation();
  const [signedIn, setSignedIn] = useState(false);
  return (
    <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('customer.title')}</h1>
        <LanguageSwitch persist={false} />
      </div>
      {signedIn ? (
        <p role="status">{t('customer.comingSoon')}</p>
      ) : (
        <LoginForm audience="customer" onSuccess={() => setSignedIn(true)} />
      )}
    </main>
  );
}
