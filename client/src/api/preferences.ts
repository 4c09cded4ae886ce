import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, request } from '@/api/client';

export type Preferences = Record<string, unknown>;
const key = ['preferences'];

/** Per-agent preferences on the server; an older server without the endpoint gets browser-local ones. */
async function load(): Promise<Preferences> {
  try {
    return (await request<Preferences>('/api/v1/me/preferences')) ?? {};
  } catch (e) {
    if (e instanceof ApiError && e.status === 404)
      return JSON.parse(localStorage.getItem('gotrs.prefs') ?? '{}');
    throw e;
  }
}

async function save(name: string, value: unknown): Promise<void> {
  try {
    await request<void>(`/api/v1/me/preferences/${encodeURIComponent(name)}`, {
      method: value === undefined ? 'DELETE' : 'PUT',
      body: value === undefined ? undefined : JSON.stringify(value),
    });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
    const local = JSON.parse(localStorage.getItem('gotrs.prefs') ?? '{}') as Preferences;
    if (value === undefined) delete local[name];
    else local[name] = value;
    localStorage.setItem('gotrs.prefs', JSON.stringify(local));
  }
}

const cacheKey = 'gotrs.prefs.cache';

function cached(): Preferences | undefined {
  const text = localStorage.getItem(cacheKey);
  return text ? (JSON.parse(text) as Preferences) : undefined;
}

/**
 * The last preferences this browser saw serve as initial data (marked stale, so the server's copy follows at once):
 * a remembered queue view can request its tickets without waiting for the preferences round trip.
 */
export function usePreferences(enabled = true) {
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const prefs = await load();
      localStorage.setItem(cacheKey, JSON.stringify(prefs));
      return prefs;
    },
    enabled,
    staleTime: 60_000,
    initialData: cached,
    initialDataUpdatedAt: 0,
  });
}

export function useSavePreference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, value }: { name: string; value: unknown }) => save(name, value),
    onMutate: ({ name, value }) => {
      client.setQueryData<Preferences>(key, (old) => {
        const next = { ...old };
        if (value === undefined) delete next[name];
        else next[name] = value;
        localStorage.setItem(cacheKey, JSON.stringify(next));
        return next;
      });
    },
  });
}
