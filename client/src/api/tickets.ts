import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export interface TicketListParams {
  queueId?: number[];
  stateType?: string[];
  stateId?: number[];
  priorityId?: number[];
  ownerId?: number[];
  responsibleId?: number[];
  lock?: 'lock' | 'unlock';
  q?: string;
  title?: string;
  ticketNumber?: string;
  customerUser?: string;
  escalationTo?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** Every ticket list lives under ['tickets', …] so one invalidation refreshes them all. */
export const ticketListKey = (params: TicketListParams) => ['tickets', 'list', params] as const;

export function fetchTickets(params: TicketListParams) {
  const query = Object.fromEntries(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), Array.isArray(v) ? v.join(',') : v]),
  );
  return api.GET('/api/v1/tickets', { params: { query: query as never } }).then((r) => unwrap(r));
}

export function useTicketList(params: TicketListParams, enabled = true) {
  return useQuery({
    queryKey: ticketListKey(params),
    queryFn: () => fetchTickets(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}
