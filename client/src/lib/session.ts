import type { components } from '@/api/generated/schema';

type TokenResponse = components['schemas']['TokenResponse'];
export type SessionState = 'anonymous' | 'restoring' | 'active' | 'expired';

const refreshKey = 'gotrs.refreshToken';
const refreshMarginMs = 60_000;

let accessToken: string | null = null;
let expiresAt = 0;
let state: SessionState = localStorage.getItem(refreshKey) ? 'restoring' : 'anonymous';
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function emit(next: SessionState) {
  state = next;
  listeners.forEach((l) => l());
}

export const session = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  state: () => state,
  accessToken: () => accessToken,
  hasRefreshToken: () => localStorage.getItem(refreshKey) !== null,

  /** Keeps the access token in memory only; the refresh token survives a reload. */
  start(tokens: TokenResponse) {
    accessToken = tokens.accessToken ?? null;
    const lifetimeMs = (tokens.expiresIn ?? 900) * 1000;
    expiresAt = Date.now() + lifetimeMs;
    if (tokens.refreshToken) localStorage.setItem(refreshKey, tokens.refreshToken);
    clearTimeout(timer);
    timer = setTimeout(() => void session.refresh(), Math.max(lifetimeMs - refreshMarginMs, lifetimeMs / 2));
    emit('active');
  },

  /** One refresh at a time: concurrent 401s share it (the server rotates and rejects reuse). */
  refresh(): Promise<boolean> {
    const token = localStorage.getItem(refreshKey);
    if (!token) {
      emit(state === 'active' || state === 'expired' ? 'expired' : 'anonymous');
      return Promise.resolve(false);
    }
    inflight ??= fetch(new URL('/api/v1/auth/refresh', location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: token }),
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        session.start((await res.json()) as TokenResponse);
        return true;
      })
      .catch(() => {
        accessToken = null;
        localStorage.removeItem(refreshKey);
        // A page in use keeps its content under a re-login dialog; a fresh page load goes to /login.
        emit(state === 'active' || state === 'expired' ? 'expired' : 'anonymous');
        return false;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  },

  needsRefresh: () => accessToken === null || Date.now() > expiresAt - 5_000,

  async logout() {
    const token = localStorage.getItem(refreshKey);
    clearTimeout(timer);
    accessToken = null;
    localStorage.removeItem(refreshKey);
    // The next person at this browser must not start from this agent's remembered settings.
    localStorage.removeItem('gotrs.prefs.cache');
    if (token) {
      await fetch(new URL('/api/v1/auth/logout', location.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: token }),
      }).catch(() => undefined);
    }
    emit('anonymous');
  },
};

// A reload starts restoring the session at once, while the route chunks are still loading.
if (state === 'restoring') void session.refresh();
