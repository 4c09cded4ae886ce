import { useTranslation } from 'react-i18next';
import { useMe } from '@/api/me';
import { Spinner } from '@/components/ui';
import { Dashboard } from '@/features/dashboard/components/dashboard';

export function DashboardRoute() {
  const { t } = useTranslation('agent');
  const me = useMe().data;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{t('dashboard.title')}</h1>
      {me ? <Dashboard userId={me.id!} /> : <Spinner />}
    </>
  );
}
