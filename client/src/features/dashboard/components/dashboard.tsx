import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueues } from '@/api/lookups';
import { useTicketList, type TicketListParams } from '@/api/tickets';
import { ErrorNote, Spinner } from '@/components/ui';
import { useFormatters } from '@/lib/format';
import { useQueueOverview } from '@/api/queue-overview';

export const activeStateTypes = ['new', 'open', 'pending reminder', 'pending auto'];

/** The search URL that lists exactly what a dashboard box shows. */
export function listHref(params: TicketListParams) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '') search.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return `/agent/search?${search.toString()}`;
}

function TicketBox({ title, params }: { title: string; params: TicketListParams }) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  const list = useTicketList({ ...params, pageSize: 5 });
  const headingId = `box-${title.replace(/\W/g, '')}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id={headingId} className="mb-2 flex items-baseline justify-between font-semibold">
        <span>{title}</span>
        <Link to={listHref(params)} className="text-sm text-blue-800 underline">
          {t('dashboard.showAll', { count: list.data?.total ?? 0 })}
        </Link>
      </h2>
      {list.isPending && <Spinner />}
      {list.error && <ErrorNote error={list.error} />}
      <ul className="flex flex-col gap-1 text-sm">
        {list.data?.items?.map((ticket) => (
          <li key={ticket.id}>
            <Link to={`/agent/tickets/${ticket.id}`} className="text-blue-800 underline">
              {ticket.ticketNumber}
            </Link>{' '}
            {ticket.title} <span className="text-slate-600">· {f.relative(ticket.changed)}</span>
          </li>
        ))}
        {list.data && list.data.items?.length === 0 && <li className="text-slate-600">{t('table.empty')}</li>}
      </ul>
    </section>
  );
}

function QueueCounts() {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  const overview = useQueueOverview();
  const queues = useQueues();
  if (overview.isPending || queues.isPending) return <Spinner />;
  const rows =
    overview.data ??
    (queues.data ?? []).map((q) => ({ queueId: q.id!, name: q.name!, counts: {} as Record<string, number> }));
  const types = ['new', 'open', 'pending', 'closed'];
  // Counts come per state type name ("pending reminder", "pending auto"…); the columns group them by their first word.
  const count = (counts: Record<string, number> | null | undefined, type: string) =>
    overview.data
      ? Object.entries(counts ?? {})
          .filter(([name]) => name.split(' ')[0] === type)
          .reduce((sum, [, n]) => sum + n, 0)
      : undefined;
  return (
    <section
      aria-labelledby="queue-counts"
      className="rounded-lg border border-slate-200 bg-white p-3 md:col-span-2"
    >
      <h2 id="queue-counts" className="mb-2 font-semibold">
        {t('dashboard.queueCounts')}
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">{t('dashboard.queueCounts')}</caption>
        <thead>
          <tr className="text-start">
            <th scope="col" className="p-1 text-start">
              {t('table.queue')}
            </th>
            {types.map((type) => (
              <th key={type} scope="col" className="p-1 text-end">
                {t(`stateType.${type}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.queueId} className="border-t border-slate-100">
              <th scope="row" className="p-1 text-start font-normal">
                <Link to={`/agent/queues/${row.queueId}`} className="text-blue-800 underline">
                  {row.name}
                </Link>
              </th>
              {types.map((type) => (
                <td key={type} className="p-1 text-end">
                  {count(row.counts, type) === undefined ? '—' : f.number(count(row.counts, type)!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Dashboard({ userId }: { userId: number }) {
  const { t } = useTranslation('agent');
  // Rounded to the minute so the query key (and the request) stays put between renders.
  const soon = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60 * 60 * 1000).toISOString();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TicketBox
        title={t('dashboard.locked')}
        params={{ ownerId: [userId], lock: 'lock', stateType: activeStateTypes }}
      />
      <TicketBox
        title={t('dashboard.responsible')}
        params={{ responsibleId: [userId], stateType: activeStateTypes }}
      />
      <TicketBox
        title={t('dashboard.escalated')}
        params={{ escalationTo: soon, stateType: activeStateTypes, sort: 'escalation' }}
      />
      <TicketBox title={t('dashboard.new')} params={{ stateType: ['new'] }} />
      <QueueCounts />
    </div>
  );
}
