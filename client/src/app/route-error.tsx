import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">{t('status.error')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <Link to="/agent" className="text-blue-800 underline">
        {t('nav.dashboard')}
      </Link>
    </main>
  );
}
