import { useOutletContext } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/api/me';
import { Dashboard } from '@/features/dashboard/components/dashboard';

export function DashboardRoute() {
  const { t } = useTranslation('agent');
  const me = useOutletContext<Me>();
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{t('dashboard.title')}</h1>
      <Dashboard userId={me.id!} />
    </>
  );
}
