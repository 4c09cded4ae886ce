import { useTranslation } from 'react-i18next';
import { ErrorNote, Spinner } from '@/components/ui';
import { useFormatters } from '@/lib/format';
import { useHistory } from '@/features/ticket-zoom/api/ticket';

export function HistoryTab({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  const history = useHistory(ticketId, true);
  if (history.isPending) return <Spinner />;
  if (history.error) return <ErrorNote error={history.error} />;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('zoom.tabs.history')}</caption>
      <thead>
        <tr>
          <th scope="col" className="p-1 text-start">
            {t('history.when')}
          </th>
          <th scope="col" className="p-1 text-start">
            {t('history.type')}
          </th>
          <th scope="col" className="p-1 text-start">
            {t('history.what')}
          </th>
          <th scope="col" className="p-1 text-start">
            {t('history.who')}
          </th>
        </tr>
      </thead>
      <tbody>
        {history.data?.map((h) => (
          <tr key={h.id} className="border-t border-slate-100">
            <td className="p-1 whitespace-nowrap">{f.dateTime(h.created)}</td>
            <td className="p-1">{h.type}</td>
            <td className="p-1 break-all">{h.name}</td>
            <td className="p-1">{h.createdBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
