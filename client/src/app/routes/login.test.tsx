import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginPage } from '@/app/routes/login';
import { session } from '@/lib/session';
import { renderRoutes } from '@/test/render';
import { server } from '@/test/server';

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/agent/queues/:id', element: <p>queue page</p> },
];

describe('login', () => {
  afterEach(() => session.logout());

  it('asks for both fields before calling the server', async () => {
    renderRoutes(routes, '/login');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
  });

  it('says so when the password is wrong', async () => {
    server.use(http.post('*/api/v1/auth/login', () => HttpResponse.json({ status: 401 }, { status: 401 })));
    renderRoutes(routes, '/login');
    await userEvent.type(screen.getByLabelText('Login'), 'root@localhost');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Login or password is wrong.');
    expect(session.state()).not.toBe('active');
  });

  it('signs in and goes back to the page asked for', async () => {
    let body: unknown;
    server.use(
      http.post('*/api/v1/auth/login', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          accessToken: 'a1',
          refreshToken: 'r1',
          expiresIn: 900,
          tokenType: 'Bearer',
        });
      }),
      http.post('*/api/v1/auth/logout', () => new HttpResponse(null, { status: 204 })),
    );
    renderRoutes(routes, '/login?next=%2Fagent%2Fqueues%2F3');
    await userEvent.type(screen.getByLabelText('Login'), 'root@localhost');
    await userEvent.type(screen.getByLabelText('Password'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('queue page')).toBeInTheDocument();
    expect(body).toEqual({ login: 'root@localhost', password: 'secret' });
    expect(session.accessToken()).toBe('a1');
    expect(localStorage.getItem('gotrs.refreshToken')).toBe('r1');
  });

  it('never follows a next address off the site', async () => {
    const { safeNext } = await import('@/app/routes/login');
    expect(safeNext('//evil.example/x')).toBe('/agent');
    expect(safeNext('https://evil.example')).toBe('/agent');
    expect(safeNext('/agent/search?q=x')).toBe('/agent/search?q=x');
  });
});
