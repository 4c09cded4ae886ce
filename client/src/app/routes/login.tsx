import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSessionState } from '@/features/auth/hooks/use-session';
import { LanguageSwitch } from '@/app/language-switch';

/** Only same-site paths are followed after login (no open redirect). */
export function safeNext(next: string | null) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/agent';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = useSessionState();
  const next = safeNext(params.get('next'));
  if (state === 'active') return <Navigate to={next} replace />;
  return (
    <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('login.title')}</h1>
        <LanguageSwitch persist={false} />
      </div>
      <LoginForm onSuccess={() => navigate(next, { replace: true })} />
    </main>
  );
}
