import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePriorities, useQueues } from '@/api/lookups';
import { usePreferences, useSavePreference } from '@/api/preferences';
import { useTicketList } from '@/api/tickets';
import { TicketTable } from '@/components/ticket-table';
import { Button, ErrorNote, inputClass, Spinner } from '@/components/ui';
import { toSearch, useTicketSearch } from '@/features/search/hooks/use-search-params';

interface SavedSearch {
  name: string;
  query: string;
}

const stateTypeOptions = ['new', 'open', 'pending reminder', 'pending auto', 'closed'];

export function SearchPage() {
  const { t } = useTranslation('agent');
  const [params, setParams] = useTicketSearch();
  const [form, setForm] = useState(params);
  const [saveName, setSaveName] = useState('');
  useEffect(() => setForm(params), [JSON.stringify(params)]); // eslint-disable-line react-hooks/exhaustive-deps
  const queues = useQueues();
  const priorities = usePriorities();
  const prefs = usePreferences();
  const savePref = useSavePreference();
  const saved = (prefs.data?.savedSearches ?? []) as SavedSearch[];
  const hasCriteria = Object.keys(params).some((k) => k !== 'sort' && k !== 'page');
  const results = useTicketList({ ...params, pageSize: 50 }, hasCriteria);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ...form, page: undefined });
  };
  const saveSearch = (e: FormEvent) => {
    e.preventDefault();
    if (!saveName.trim()) return;
    const next = [
      ...saved.filter((s) => s.name !== saveName.trim()),
      { name: saveName.trim(), query: toSearch(params).toString() },
    ];
    savePref.mutate({ name: 'savedSearches', value: next });
    setSaveName('');
  };
  const multi = (value: string) => (value ? [Number(value)] : undefined);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t('search.title')}</h1>
      <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          {t('search.fulltext')}
          <input
            id="search-q"
            type="search"
            className={`${inputClass} w-72`}
            value={form.q ?? ''}
            onChange={(e) => setForm({ ...form, q: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('search.ticketNumber')}
          <input
            className={inputClass}
            value={form.ticketNumber ?? ''}
            onChange={(e) => setForm({ ...form, ticketNumber: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('search.customerUser')}
          <input
            className={inputClass}
            value={form.customerUser ?? ''}
            onChange={(e) => setForm({ ...form, customerUser: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('fields.queue')}
          <select
            className={inputClass}
            value={form.queueId?.[0] ?? ''}
            onChange={(e) => setForm({ ...form, queueId: multi(e.target.value) })}
          >
            <option value="">{t('queue.filters.all')}</option>
            {queues.data?.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t('fields.priority')}
          <select
            className={inputClass}
            value={form.priorityId?.[0] ?? ''}
            onChange={(e) => setForm({ ...form, priorityId: multi(e.target.value) })}
          >
            <option value="">{t('queue.filters.all')}</option>
            {priorities.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t('search.stateType')}
          <select
            className={inputClass}
            value={form.stateType?.join(',') ?? ''}
            onChange={(e) =>
              setForm({ ...form, stateType: e.target.value ? e.target.value.split(',') : undefined })
            }
          >
            <option value="">{t('queue.filters.all')}</option>
            {stateTypeOptions.map((s) => (
              <option key={s} value={s}>
                {t(`stateType.${s.split(' ')[0]}`)}
                {s.includes(' ') ? ` (${s})` : ''}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary">
          {t('search.submit')}
        </Button>
      </form>
      <section aria-labelledby="saved-h" className="flex flex-wrap items-center gap-2 text-sm">
        <h2 id="saved-h" className="font-semibold">
          {t('search.saved')}
        </h2>
        {saved.length === 0 && <span className="text-slate-600">{t('search.noneSaved')}</span>}
        {saved.map((s) => (
          <span key={s.name} className="flex items-center gap-1 rounded bg-slate-100 px-2">
            <Link to={`/agent/search?${s.query}`} className="text-blue-800 underline">
              {s.name}
            </Link>
            <button
              type="button"
              aria-label={t('search.deleteSaved', { name: s.name })}
              onClick={() =>
                savePref.mutate({ name: 'savedSearches', value: saved.filter((x) => x.name !== s.name) })
              }
            >
              ×
            </button>
          </span>
        ))}
        {hasCriteria && (
          <form onSubmit={saveSearch} className="flex items-center gap-1">
            <label className="sr-only" htmlFor="save-name">
              {t('search.saveName')}
            </label>
            <input
              id="save-name"
              className={inputClass}
              placeholder={t('search.saveName')}
              value={saveName}
              onChange={(e) => setSaveName(e.target.value)}
            />
            <Button type="submit">{t('search.save')}</Button>
          </form>
        )}
      </section>
      {results.error && <ErrorNote error={results.error} />}
      {hasCriteria && results.isPending && <Spinner />}
      {results.data && (
        <>
          <p role="status" className="text-sm">
            {t('search.found', { count: results.data.total ?? 0 })}
          </p>
          <TicketTable
            caption={t('search.results')}
            tickets={results.data.items ?? []}
            sort={params.sort}
            onSort={(sort) => setParams({ ...params, sort })}
          />
        </>
      )}
    </div>
  );
}
