import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

export type QueueOverview = Schemas['QueueOverview'];

/** Per-queue ticket counts by state type name; under ['tickets'] so ticket events refresh it. */
export function useQueueOverview() {
  return useQuery({
    queryKey: ['tickets', 'queue-overview'],
    queryFn: async () => unwrap(await api.GET('/api/v1/queues/overview')),
  });
}
