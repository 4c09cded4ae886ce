import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { Composer } from '@/features/ticket-zoom/components/composer';
import type { TicketDetails } from '@/features/ticket-zoom/api/ticket';
import { renderWithClient } from '@/test/render';
import { server } from '@/test/server';

const details: TicketDetails = {
  ticket: { id: 42, ticketNumber: '2026010110000042', title: 'Broken mouse', customerUserId: 'max' },
  customer: { login: 'max', email: 'max@example.com' },
  permissions: ['note', 'email'],
};

function lookups() {
  server.use(
    http.get('*/api/v1/states', () =>
      HttpResponse.json([
        { id: 4, name: 'open', typeName: 'open' },
        { id: 6, name: 'pending reminder', typeName: 'pending reminder' },
      ]),
    ),
  );
}

describe('Composer', () => {
  it('keeps typed text as a draft across a remount (e.g. after the session expired)', async () => {
    lookups();
    const first = renderWithClient(<Composer kind="note" details={details} onDone={() => undefined} />);
    const subject = screen.getByLabelText('Subject');
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Half written');
    first.unmount();
    renderWithClient(<Composer kind="note" details={details} onDone={() => undefined} />);
    expect(screen.getByLabelText('Subject')).toHaveValue('Half written');
  });

  it('refuses an empty body and a negative time', async () => {
    lookups();
    renderWithClient(<Composer kind="note" details={details} onDone={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Time units'), '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByText('Enter a number of zero or more.')).toBeInTheDocument();
  });

  it('sends a reply by e-mail with pending time and shows server field errors on the field', async () => {
    lookups();
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/tickets/42/articles', async ({ request }) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return bodies.length === 1
          ? HttpResponse.json(
              { status: 400, errors: { 'Article.Subject': ['Too long for the server.'] } },
              { status: 400 },
            )
          : HttpResponse.json({ id: 9 }, { status: 201 });
      }),
    );
    localStorage.setItem(
      'gotrs.draft.composer.42.reply',
      JSON.stringify({
        body: '<p>We replaced it.</p>',
        nextStateId: '6',
        pendingUntil: '2030-05-01T10:00',
        timeUnits: '15',
      }),
    );
    let done = false;
    renderWithClient(<Composer kind="reply" details={details} onDone={() => (done = true)} />);
    await screen.findByRole('option', { name: 'pending reminder' });
    expect(screen.getByLabelText('Pending until')).toHaveValue('2030-05-01T10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Too long for the server.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(done).toBe(true));
    expect(bodies[1]).toMatchObject({
      subject: 'RE: Broken mouse',
      channel: 'email',
      to: 'max@example.com',
      nextStateId: 6,
      timeUnits: 15,
      pendingUntil: new Date('2030-05-01T10:00').toISOString(),
    });
    expect(localStorage.getItem('gotrs.draft.composer.42.reply')).not.toContain('We replaced it');
  });

  it('takes attachments dropped onto the form and sends them base64-encoded', async () => {
    lookups();
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.post('*/api/v1/tickets/42/articles', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ id: 10 }, { status: 201 });
      }),
    );
    localStorage.setItem(
      'gotrs.draft.composer.42.note',
      JSON.stringify({ subject: 'Logs', body: '<p>See file</p>' }),
    );
    renderWithClient(<Composer kind="note" details={details} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Note' });
    const file = new File(['hello'], 'trace.log', { type: 'text/plain' });
    fireEvent.dragOver(form);
    fireEvent.drop(form, { dataTransfer: { files: [file] } });
    expect(await screen.findByText('trace.log')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({
      channel: 'internal',
      isVisibleForCustomer: false,
      attachments: [{ fileName: 'trace.log', contentType: 'text/plain', content: btoa('hello') }],
    });
  });
});
