import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/client';
import type { QueueOverview } from '@/api/queue-overview';
import { useFormatters } from '@/lib/format';

interface Node {
  queue: Schemas['Queue'];
  children: Node[];
}

function build(queues: Schemas['Queue'][]): Node[] {
  const nodes = new Map(queues.map((q) => [q.id!, { queue: q, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.queue.parentId ? nodes.get(node.queue.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Queues as a tree, each with its count of new + open tickets. */
export function QueueTree({
  queues,
  overview,
}: {
  queues: Schemas['Queue'][];
  overview?: QueueOverview[] | null;
}) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  const counts = new Map(
    (overview ?? []).map((o) => [o.queueId, (o.counts?.new ?? 0) + (o.counts?.open ?? 0)]),
  );
  const render = (nodes: Node[]) => (
    <ul className="flex flex-col gap-0.5 ps-3">
      {nodes.map(({ queue, children }) => (
        <li key={queue.id}>
          <NavLink
            to={`/agent/queues/${queue.id}`}
            className={({ isActive }) =>
              `flex justify-between rounded px-2 py-0.5 text-sm ${isActive ? 'bg-blue-700 text-white' : 'text-blue-900 hover:bg-blue-50'}`
            }
          >
            <span>{queue.name?.split('::').pop()}</span>
            {counts.has(queue.id!) && (
              <span aria-label={t('queue.openCount', { count: counts.get(queue.id!) })}>
                {f.number(counts.get(queue.id!)!)}
              </span>
            )}
          </NavLink>
          {children.length > 0 && render(children)}
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t('queue.tree')} className="min-w-48">
      {render(build(queues))}
    </nav>
  );
}
