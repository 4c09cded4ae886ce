import { NavLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NewTicketForm, type NewTicketKind } from '@/features/ticket-create/components/new-ticket-form';

export function NewTicketRoute() {
  const { t } = useTranslation('agent');
  const [params] = useSearchParams();
  const kind: NewTicketKind = params.get('kind') === 'email' ? 'email' : 'phone';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t(`create.heading.${kind}`)}</h1>
      <nav aria-label={t('create.kind')} className="flex gap-2 text-sm">
        {(['phone', 'email'] as const).map((k) => (
          <NavLink
            key={k}
            to={`/agent/tickets/new?kind=${k}`}
            className={() => `rounded border px-2 py-1 ${k === kind ? 'bg-blue-700 text-white' : 'bg-white'}`}
            aria-current={k === kind ? 'page' : undefined}
          >
            {t(`create.kinds.${k}`)}
          </NavLink>
        ))}
      </nav>
      <NewTicketForm key={kind} kind={kind} />
    </div>
  );
}
