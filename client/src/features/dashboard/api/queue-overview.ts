import { useQuery } from '@tanstack/react-query';
import { ApiError, request } from '@/api/client';

export interface QueueOverview {
  queueId: number;
  name: string;
  parentId?: number | null;
  groupId?: number;
  counts: Record<string, number>;
}

/** Per-queue counts by state type; null when the server predates the endpoint. */
export function useQueueOverview() {
  return useQuery({
    queryKey: ['dashboard', 'queue-overview'],
    queryFn: async () => {
      try {
        return await request<QueueOverview[]>('/api/v1/queues/overview');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}
