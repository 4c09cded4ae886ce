import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@/api/client';
import { session } from '@/lib/session';
import { server } from '@/test/server';

describe('authenticated requests', () => {
  afterEach(async () => {
    server.use(http.post('*/api/v1/auth/logout', () => new HttpResponse(null, { status: 204 })));
    await session.logout();
  });

  it('refreshes once after a 401 and retries with the new token', async () => {
    session.start({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    const seen: (string | null)[] = [];
    let refreshes = 0;
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        const auth = request.headers.get('Authorization');
        seen.push(auth);
        return auth === 'Bearer new'
          ? HttpResponse.json({ id: 1, login: 'root@localhost' })
          : new HttpResponse(null, { status: 401 });
      }),
      http.post('*/api/v1/auth/refresh', async ({ request }) => {
        refreshes++;
        expect(await request.json()).toEqual({ refreshToken: 'r1' });
        return HttpResponse.json({ accessToken: 'new', refreshToken: 'r2', expiresIn: 900 });
      }),
    );
    const [a, b] = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/me')]);
    expect(a.data?.login).toBe('root@localhost');
    expect(b.data?.login).toBe('root@localhost');
    expect(refreshes).toBe(1);
    expect(seen.filter((s) => s === 'Bearer old')).toHaveLength(2);
    expect(localStorage.getItem('gotrs.refreshToken')).toBe('r2');
  });

  it('marks the session expired (not anonymous) when the refresh token is refused', async () => {
    session.start({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    server.use(
      http.get('*/api/v1/me', () => new HttpResponse(null, { status: 401 })),
      http.post('*/api/v1/auth/refresh', () => new HttpResponse(null, { status: 401 })),
    );
    const result = await api.GET('/api/v1/me');
    expect(result.response.status).toBe(401);
    expect(session.state()).toBe('expired');
  });
});
