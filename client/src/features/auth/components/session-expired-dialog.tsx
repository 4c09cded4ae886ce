import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui';
import { useSessionState } from '@/features/auth/hooks/use-session';
import { LoginForm } from '@/features/auth/components/login-form';

/** Shown over the page when the session ends: the page (and any typed text) stays as it is underneath. */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const state = useSessionState();
  return (
    <Dialog open={state === 'expired'} title={t('login.expiredTitle')} onClose={() => undefined}>
      <p className="text-sm">{t('login.expiredText')}</p>
      <LoginForm onSuccess={() => undefined} />
    </Dialog>
  );
}
