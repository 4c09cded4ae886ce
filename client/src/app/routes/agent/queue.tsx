import { Navigate, useParams } from 'react-router';
import { useQueues } from '@/api/lookups';
import { Spinner } from '@/components/ui';
import { QueueView } from '@/features/queue-view/components/queue-view';

export function QueueRoute() {
  const { queueId } = useParams();
  return <QueueView queueId={Number(queueId)} />;
}

export function FirstQueueRoute() {
  const queues = useQueues();
  if (queues.isPending) return <Spinner />;
  const first = queues.data?.[0];
  return first ? <Navigate to={`/agent/queues/${first.id}`} replace /> : null;
}
