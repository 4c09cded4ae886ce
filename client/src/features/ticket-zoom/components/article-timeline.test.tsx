import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleTimeline, articleKind } from '@/features/ticket-zoom/components/article-timeline';
import type { Article } from '@/features/ticket-zoom/api/ticket';
import { renderWithClient } from '@/test/render';

const base = { created: '2026-01-01T10:00:00Z', attachments: [] } satisfies Partial<Article>;

describe('article timeline', () => {
  it('tells internal and external notes, e-mail in and out and phone apart', () => {
    expect(articleKind({ ...base, channel: 'internal', isVisibleForCustomer: false })).toBe('internalNote');
    expect(articleKind({ ...base, channel: 'internal', isVisibleForCustomer: true })).toBe('externalNote');
    expect(articleKind({ ...base, channel: 'email', senderType: 'customer' })).toBe('emailIn');
    expect(articleKind({ ...base, channel: 'email', senderType: 'agent' })).toBe('emailOut');
    expect(articleKind({ ...base, channel: 'phone', senderType: 'customer' })).toBe('phone');
  });

  it('labels each article and renders HTML bodies sanitized', () => {
    renderWithClient(
      <ArticleTimeline
        ticketId={1}
        articles={[
          {
            ...base,
            id: 1,
            channel: 'internal',
            isVisibleForCustomer: false,
            subject: 'Checked logs',
            body: 'plain',
          },
          {
            ...base,
            id: 2,
            channel: 'email',
            senderType: 'customer',
            subject: 'Help',
            bodyHtml: '<p>Hello <img src=x onerror="window.pwned=1"></p>',
            attachments: [{ id: 5, filename: 'log.txt', size: 2048 }],
          },
        ]}
      />,
    );
    expect(screen.getByRole('article', { name: 'Checked logs' })).toHaveTextContent('Internal note');
    const mail = screen.getByRole('article', { name: 'Help' });
    expect(mail).toHaveTextContent('E-mail in');
    expect(mail.innerHTML).not.toContain('onerror');
    expect(screen.getByRole('button', { name: /log\.txt \(2 kB\)/ })).toBeInTheDocument();
  });
});
