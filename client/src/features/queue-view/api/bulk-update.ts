import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

export interface BulkChange {
  stateId?: number;
  pendingUntil?: string;
  priorityId?: number;
  queueId?: number;
  ownerId?: number;
  lock?: boolean;
  mergeInto?: string;
}

export function useBulkUpdate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ ticketIds, change }: { ticketIds: number[]; change: BulkChange }) =>
      unwrap(
        await api.POST('/api/v1/tickets/bulk', { body: { ticketIds, ...change } as never }),
      ) as Schemas['BulkResult'],
    onSettled: () => client.invalidateQueries({ queryKey: ['tickets'] }),
  });
}
