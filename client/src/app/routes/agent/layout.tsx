import { useEffect, useRef, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/api/me';
import { usePreferences } from '@/api/preferences';
import { Button, inputClass, Spinner } from '@/components/ui';
import { setTimeZone } from '@/lib/format';
import { useHotkeys } from '@/lib/hotkeys';
import { isLanguage, languageChosenHere } from '@/lib/i18n';
import { session } from '@/lib/session';
import { SessionExpiredDialog } from '@/features/auth/components/session-expired-dialog';
import { useSessionState } from '@/features/auth/hooks/use-session';
import { useTicketEvents } from '@/features/live-updates/hooks/use-ticket-events';
import { LanguageSwitch } from '@/app/language-switch';
import { TimeZoneSwitch } from '@/app/time-zone-switch';

/** Applies the agent's stored language and time zone once they are known. */
function usePersonalSettings(enabled: boolean) {
  const { i18n } = useTranslation();
  const me = useMe(enabled);
  const prefs = usePreferences(enabled);
  const applied = useRef(false);
  useEffect(() => {
    // Wait for the server's copy (dataUpdatedAt 0 = the locally cached starting point).
    if (applied.current || !me.data || !prefs.data || prefs.dataUpdatedAt === 0) return;
    applied.current = true;
    const language = prefs.data.language ?? me.data.language;
    if (isLanguage(language) && language !== i18n.language && !languageChosenHere())
      void i18n.changeLanguage(language);
    setTimeZone((prefs.data.timeZone as string | undefined) ?? me.data.timeZone ?? undefined);
  }, [me.data, prefs.data, prefs.dataUpdatedAt, i18n]);
  return me;
}

export function AgentLayout() {
  const { t } = useTranslation();
  const state = useSessionState();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = state === 'active' || state === 'expired';
  const me = usePersonalSettings(signedIn);
  const [q, setQ] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useTicketEvents(state === 'active');
  useHotkeys({ '/': () => searchRef.current?.focus() });
  useEffect(() => {
    if (state === 'restoring') void session.refresh();
  }, [state]);

  if (state === 'anonymous') {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  // Only the session gates rendering: routes that need the agent's id wait for /me themselves, the rest (queue view,
  // zoom) start their own requests at once instead of behind it.
  if (state === 'restoring') return <Spinner />;
  const link = ({ isActive }: { isActive: boolean }) =>
    `rounded px-2 py-1 ${isActive ? 'bg-white/20 font-semibold' : 'hover:bg-white/10'}`;

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:bg-white focus:p-2">
        {t('nav.skip')}
      </a>
      <header className="bg-slate-800 text-white">
        <nav
          aria-label={t('nav.main')}
          className="mx-auto flex max-w-7xl flex-wrap items-center gap-2 p-2 text-sm"
        >
          <span className="me-2 font-bold">GoTrs</span>
          <NavLink to="/agent" end className={link}>
            {t('nav.dashboard')}
          </NavLink>
          <NavLink to="/agent/queues" className={link}>
            {t('nav.queues')}
          </NavLink>
          <NavLink to="/agent/tickets/new?kind=phone" className={link}>
            {t('nav.newPhone')}
          </NavLink>
          <NavLink to="/agent/tickets/new?kind=email" className={link}>
            {t('nav.newEmail')}
          </NavLink>
          <form
            role="search"
            className="ms-auto flex items-center gap-1"
            onSubmit={(e) => {
              e.preventDefault();
              navigate(`/agent/search?q=${encodeURIComponent(q)}`);
            }}
          >
            <label htmlFor="global-search" className="sr-only">
              {t('nav.search')}
            </label>
            <input
              id="global-search"
              ref={searchRef}
              type="search"
              aria-keyshortcuts="/"
              placeholder={t('nav.searchPlaceholder')}
              className={`${inputClass} w-56 text-slate-900`}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          </form>
          <LanguageSwitch />
          <TimeZoneSwitch />
          <span aria-label={t('nav.signedInAs')}>{me.data?.login}</span>
          <Button
            onClick={async () => {
              await session.logout();
              navigate('/login', { replace: true });
            }}
          >
            {t('nav.logout')}
          </Button>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl p-4">
        <Outlet />
      </main>
      <SessionExpiredDialog />
    </div>
  );
}
