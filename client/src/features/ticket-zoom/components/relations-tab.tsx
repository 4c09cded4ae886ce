import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, inputClass } from '@/components/ui';
import { problemErrors } from '@/lib/forms';
import { useLinks, useTicketAction, useWatchers } from '@/features/ticket-zoom/api/ticket';

/** Links to other tickets, watchers and merging. */
export function RelationsTab({
  ticketId,
  meId,
  isWatching,
}: {
  ticketId: string;
  meId?: number;
  isWatching: boolean;
}) {
  const { t } = useTranslation('agent');
  const links = useLinks(ticketId);
  const watchers = useWatchers(ticketId);
  const act = useTicketAction(ticketId);
  const [target, setTarget] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [error, setError] = useState('');
  const run = async (e: FormEvent, action: () => Promise<unknown>) => {
    e.preventDefault();
    setError('');
    try {
      await action();
    } catch (err) {
      setError(Object.values(problemErrors(err))[0] ?? '');
    }
  };
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <section aria-labelledby="links-h">
        <h3 id="links-h" className="font-semibold">
          {t('relations.links')}
        </h3>
        <ul className="text-sm">
          {links.data?.map((l) => (
            <li key={`${l.ticketId}-${l.type}`} className="flex items-center gap-2">
              <Link to={`/agent/tickets/${l.ticketId}`} className="text-blue-800 underline">
                {l.ticketNumber}
              </Link>
              {l.title} ({l.type})
              <Button
                aria-label={t('relations.unlink', { number: l.ticketNumber })}
                onClick={() => act.removeLink.mutate(String(l.ticketId))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
        <form
          className="mt-2 flex items-end gap-2"
          onSubmit={(e) =>
            run(e, () =>
              act.addLink.mutateAsync({ targetTicket: target, type: 'Normal' }).then(() => setTarget('')),
            )
          }
        >
          <label className="flex flex-col text-sm">
            {t('relations.linkTo')}
            <input className={inputClass} value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
          <Button type="submit" disabled={!target}>
            {t('relations.link')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="watchers-h">
        <h3 id="watchers-h" className="font-semibold">
          {t('relations.watchers')}
        </h3>
        <ul className="text-sm">
          {watchers.data?.map((w) => (
            <li key={w.userId}>{w.name ?? w.login}</li>
          ))}
        </ul>
        <Button
          className="mt-2"
          disabled={isWatching && meId === undefined}
          onClick={() => (isWatching ? act.unwatch.mutate(meId!) : act.watch.mutate(undefined))}
        >
          {isWatching ? t('relations.unwatch') : t('relations.watch')}
        </Button>
      </section>
      <section aria-labelledby="merge-h">
        <h3 id="merge-h" className="font-semibold">
          {t('relations.merge')}
        </h3>
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => run(e, () => act.merge.mutateAsync(mergeInto))}
        >
          <label className="flex flex-col text-sm">
            {t('relations.mergeInto')}
            <input className={inputClass} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} />
          </label>
          <Button type="submit" variant="danger" disabled={!mergeInto}>
            {t('relations.mergeButton')}
          </Button>
        </form>
      </section>
      {error && (
        <p role="alert" className="text-sm text-red-700 md:col-span-3">
          {error}
        </p>
      )}
    </div>
  );
}
