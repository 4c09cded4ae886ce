import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The admin area's route group; its screens arrive with the admin issue. Agents sign in through /login. */
export function AdminArea() {
  const { t } = useTranslation();
  return (
    <main className="mx-auto mt-16 flex max-w-md flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t('admin.title')}</h1>
      <p>{t('admin.comingSoon')}</p>
      <Link to="/login?next=/admin" className="text-blue-800 underline">
        {t('login.submit')}
      </Link>
    </main>
  );
}
