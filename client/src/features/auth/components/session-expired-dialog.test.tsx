import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@/api/client';
import { SessionExpiredDialog } from '@/features/auth/components/session-expired-dialog';
import { session } from '@/lib/session';
import { renderWithClient } from '@/test/render';
import { server } from '@/test/server';

describe('session expiry', () => {
  afterEach(async () => {
    server.use(http.post('*/api/v1/auth/logout', () => new HttpResponse(null, { status: 204 })));
    await session.logout();
  });

  it('asks to sign in again over the page, keeping what was typed, and resumes the session', async () => {
    session.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
    server.use(
      http.get('*/api/v1/me', () => new HttpResponse(null, { status: 401 })),
      http.post('*/api/v1/auth/refresh', () => new HttpResponse(null, { status: 401 })),
      http.post('*/api/v1/auth/login', () =>
        HttpResponse.json({ accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 }),
      ),
    );
    renderWithClient(
      <>
        <textarea aria-label="Reply text" defaultValue="" />
        <SessionExpiredDialog />
      </>,
    );
    await userEvent.type(screen.getByLabelText('Reply text'), 'Half a reply');
    expect(screen.queryByRole('dialog')).toBeNull();

    await api.GET('/api/v1/me');
    const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    expect(screen.getByLabelText('Reply text', { selector: 'textarea' })).toHaveValue('Half a reply');

    await userEvent.type(await screen.findByLabelText('Login'), 'root@localhost');
    await userEvent.type(screen.getByLabelText('Password'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(session.state()).toBe('active');
    expect(session.accessToken()).toBe('a2');
    expect(screen.getByLabelText('Reply text')).toHaveValue('Half a reply');
  });
});
