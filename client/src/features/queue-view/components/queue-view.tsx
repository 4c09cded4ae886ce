import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePriorities, useQueues } from '@/api/lookups';
import { useTicketList } from '@/api/tickets';
import { TicketTable } from '@/components/ticket-table';
import { Button, ErrorNote, inputClass, Spinner } from '@/components/ui';
import { useHotkeys } from '@/lib/hotkeys';
import { useQueueOverview } from '@/api/queue-overview';
import { BulkActions } from '@/features/queue-view/components/bulk-actions';
import { QueueTree } from '@/features/queue-view/components/queue-tree';
import { useQueueViewSettings } from '@/features/queue-view/hooks/use-queue-view-settings';

const stateFilters: Record<string, string[]> = {
  active: ['new', 'open'],
  pending: ['pending reminder', 'pending auto'],
  closed: ['closed'],
  all: [],
};

export function QueueView({ queueId }: { queueId: number }) {
  const { t } = useTranslation('agent');
  const navigate = useNavigate();
  const queues = useQueues();
  const overview = useQueueOverview();
  const priorities = usePriorities();
  const { settings, update, ready } = useQueueViewSettings();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursor, setCursor] = useState(-1);
  useEffect(() => {
    setPage(1);
    setSelected(new Set());
  }, [queueId]);
  const list = useTicketList(
    {
      queueId: [queueId],
      stateType: settings.stateTypes,
      priorityId: settings.priorityIds,
      sort: settings.sort,
      page,
      pageSize: settings.pageSize,
    },
    ready,
  );
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / settings.pageSize));
  const filterKey =
    Object.entries(stateFilters).find(([, v]) => v.join() === settings.stateTypes.join())?.[0] ?? 'active';
  const queue = queues.data?.find((q) => q.id === queueId);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setCursor(next);
    document.querySelector<HTMLAnchorElement>(`tr[data-ticket-id="${items[next]?.id}"] a`)?.focus();
  };
  useHotkeys({
    j: () => focusRow(cursor + 1),
    k: () => focusRow(cursor - 1),
    o: () => items[cursor] && navigate(`/agent/tickets/${items[cursor].id}`),
  });

  return (
    <div className="flex flex-col gap-4 md:flex-row">
      <aside className="md:w-56">
        <h2 className="mb-1 font-semibold">{t('queue.queues')}</h2>
        {queues.data && <QueueTree queues={queues.data} overview={overview.data} />}
      </aside>
      <section className="flex min-w-0 flex-1 flex-col gap-3" aria-labelledby="queue-title">
        <h1 id="queue-title" className="text-xl font-semibold">
          {t('queue.title', { name: queue?.name ?? queueId })}
        </h1>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            {t('queue.stateFilter')}
            <select
              className={inputClass}
              value={filterKey}
              onChange={(e) => {
                update({ stateTypes: stateFilters[e.target.value] ?? [] });
                setPage(1);
              }}
            >
              {Object.keys(stateFilters).map((key) => (
                <option key={key} value={key}>
                  {t(`queue.filters.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {t('fields.priority')}
            <select
              className={inputClass}
              value={settings.priorityIds[0] ?? ''}
              onChange={(e) => {
                update({ priorityIds: e.target.value ? [Number(e.target.value)] : [] });
                setPage(1);
              }}
            >
              <option value="">{t('queue.filters.all')}</option>
              {priorities.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {t('queue.pageSize')}
            <select
              className={inputClass}
              value={settings.pageSize}
              onChange={(e) => {
                update({ pageSize: Number(e.target.value) });
                setPage(1);
              }}
            >
              {[10, 25, 50, 100].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
        {selected.size > 0 && <BulkActions ticketIds={[...selected]} onDone={() => setSelected(new Set())} />}
        {list.error && <ErrorNote error={list.error} />}
        {list.isPending ? (
          <Spinner />
        ) : (
          <TicketTable
            caption={t('queue.title', { name: queue?.name ?? queueId })}
            tickets={items}
            sort={settings.sort}
            onSort={(sort) => update({ sort })}
            selected={selected}
            onSelect={setSelected}
          />
        )}
        <nav aria-label={t('queue.paging')} className="flex items-center gap-2 text-sm">
          <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('queue.previous')}
          </Button>
          <span>{t('queue.pageOf', { page, pages, total })}</span>
          <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('queue.next')}
          </Button>
        </nav>
      </section>
    </div>
  );
}
