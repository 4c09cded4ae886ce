import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/generated/schema';
import { session } from '@/lib/session';

export type Schemas = components['schemas'];

/** Adds the bearer token, refreshes it when due, and retries once after a 401. */
export async function authFetch(input: Request): Promise<Response> {
  if (session.needsRefresh() && session.hasRefreshToken()) await session.refresh();
  const retry = input.clone();
  const send = (req: Request) => {
    const token = session.accessToken();
    if (token) req.headers.set('Authorization', `Bearer ${token}`);
    return fetch(req);
  };
  const res = await send(input);
  if (res.status !== 401) return res;
  return (await session.refresh()) ? send(retry) : res;
}

export const api = createClient<paths>({ baseUrl: location.origin, fetch: authFetch });

export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** Unwraps an openapi-fetch result: data on success, an ApiError carrying the ProblemDetails otherwise. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, (result.error ?? {}) as Problem);
}

/** For endpoints the committed document does not describe yet: same auth, same errors. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const res = await authFetch(new Request(new URL(path, location.origin), { ...init, headers }));
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Problem;
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
