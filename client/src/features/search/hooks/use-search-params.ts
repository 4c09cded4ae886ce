import { useSearchParams } from 'react-router';
import type { TicketListParams } from '@/api/tickets';

const numberLists = ['queueId', 'priorityId', 'ownerId', 'responsibleId', 'stateId'] as const;
const stringLists = ['stateType'] as const;
const strings = ['q', 'title', 'ticketNumber', 'customerUser', 'escalationTo', 'sort'] as const;

/** The search lives in the URL (/agent/search?q=…&queueId=1,2), so results can be shared and bookmarked. */
export function parseSearch(search: URLSearchParams): TicketListParams {
  const params: TicketListParams = {};
  for (const key of numberLists) {
    const v = search.get(key);
    if (v) params[key] = v.split(',').map(Number).filter(Number.isFinite);
  }
  for (const key of stringLists) {
    const v = search.get(key);
    if (v) params[key] = v.split(',');
  }
  for (const key of strings) {
    const v = search.get(key);
    if (v) params[key] = v;
  }
  const lock = search.get('lock');
  if (lock === 'lock' || lock === 'unlock') params.lock = lock;
  const page = Number(search.get('page'));
  if (page > 1) params.page = page;
  return params;
}

export function toSearch(params: TicketListParams) {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return out;
}

export function useTicketSearch() {
  const [search, setSearch] = useSearchParams();
  return [parseSearch(search), (p: TicketListParams) => setSearch(toSearch(p))] as const;
}
