import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, ErrorNote, Spinner } from '@/components/ui';
import { useHotkeys } from '@/lib/hotkeys';
import { neighbour } from '@/lib/ticket-navigation';
import { useTicket } from '@/features/ticket-zoom/api/ticket';
import { ArticleTimeline } from '@/features/ticket-zoom/components/article-timeline';
import { Composer, type ComposerKind } from '@/features/ticket-zoom/components/composer';
import { HistoryTab } from '@/features/ticket-zoom/components/history-tab';
import { RelationsTab } from '@/features/ticket-zoom/components/relations-tab';
import { TicketHeader } from '@/features/ticket-zoom/components/ticket-header';

type Tab = 'articles' | 'history' | 'relations';
const tabs: Tab[] = ['articles', 'history', 'relations'];

export function TicketZoom({ ticketId, meId }: { ticketId: string; meId?: number }) {
  const { t } = useTranslation('agent');
  const navigate = useNavigate();
  const query = useTicket(ticketId);
  const [tab, setTab] = useState<Tab>('articles');
  const [composer, setComposer] = useState<ComposerKind | null>(null);
  const can = (action: string) => query.data?.permissions?.includes(action) ?? false;
  const open = (kind: ComposerKind) => {
    setTab('articles');
    setComposer(kind);
  };
  const go = (step: 1 | -1) => {
    const id = neighbour(Number(ticketId), step);
    if (id) navigate(`/agent/tickets/${id}`);
  };
  useHotkeys({
    r: () => can('email') && open('reply'),
    n: () => can('note') && open('note'),
    p: () => can('phone') && open('phone'),
    j: () => go(1),
    k: () => go(-1),
  });
  if (query.isPending) return <Spinner />;
  if (query.error) return <ErrorNote error={query.error} />;
  const details = query.data;
  const ticket = details.ticket!;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-xl font-semibold">
          <span className="font-mono">{ticket.ticketNumber}</span> — {ticket.title}
        </h1>
        <div className="ms-auto flex gap-2" role="group" aria-label={t('zoom.actions')}>
          {can('email') && (
            <Button onClick={() => open('reply')} aria-keyshortcuts="r">
              {t('composer.reply')}
            </Button>
          )}
          {can('note') && (
            <Button onClick={() => open('note')} aria-keyshortcuts="n">
              {t('composer.note')}
            </Button>
          )}
          {can('phone') && (
            <Button onClick={() => open('phone')} aria-keyshortcuts="p">
              {t('composer.phone')}
            </Button>
          )}
        </div>
      </header>
      <TicketHeader details={details} />
      <div role="tablist" aria-label={t('zoom.sections')} className="flex gap-1 border-b border-slate-300">
        {tabs.map((name) => (
          <button
            key={name}
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="rounded-t px-3 py-1.5 text-sm aria-selected:bg-white aria-selected:font-semibold"
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              const i = tabs.indexOf(name);
              const forward = document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
              const back = document.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
              const next =
                e.key === forward
                  ? tabs[(i + 1) % tabs.length]
                  : e.key === back
                    ? tabs[(i + tabs.length - 1) % tabs.length]
                    : null;
              if (next) {
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {t(`zoom.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'articles' && (
          <div className="flex flex-col gap-4">
            {composer && (
              <Composer key={composer} kind={composer} details={details} onDone={() => setComposer(null)} />
            )}
            <ArticleTimeline ticketId={ticket.id!} articles={details.articles?.items ?? []} />
          </div>
        )}
        {tab === 'history' && <HistoryTab ticketId={ticketId} />}
        {tab === 'relations' && (
          <RelationsTab ticketId={ticketId} meId={meId} isWatching={details.isWatching ?? false} />
        )}
      </div>
    </div>
  );
}
