import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">{t('status.notFound')}</h1>
      <Link to="/agent" className="text-blue-800 underline">
        {t('nav.dashboard')}
      </Link>
    </main>
  );
}
