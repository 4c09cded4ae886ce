import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, Spinner } from '@/components/ui';
import { useSessionState } from '@/features/auth/hooks/use-session';

// Loaded only when a session actually expires, keeping the form code (and zod) out of the agent's first load.
const LoginForm = lazy(() =>
  import('@/features/auth/components/login-form').then((m) => ({ default: m.LoginForm })),
);

/** Shown over the page when the session ends: the page (and any typed text) stays as it is underneath. */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const state = useSessionState();
  return (
    <Dialog open={state === 'expired'} title={t('login.expiredTitle')} onClose={() => undefined}>
      <p className="text-sm">{t('login.expiredText')}</p>
      <Suspense fallback={<Spinner />}>
        <LoginForm onSuccess={() => undefined} />
      </Suspense>
    </Dialog>
  );
}
