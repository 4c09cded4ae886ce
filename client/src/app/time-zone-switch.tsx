import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences, useSavePreference } from '@/api/preferences';
import { setTimeZone } from '@/lib/format';

const zones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
};

/** The agent's time zone for every date and time shown; kept as the "timeZone" preference. */
export function TimeZoneSwitch() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const save = useSavePreference();
  const options = useMemo(zones, []);
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const value = (prefs.data?.timeZone as string | undefined) ?? browser;
  return (
    <select
      aria-label={t('nav.timeZone')}
      className="max-w-40 rounded border border-slate-400 bg-white px-1 py-0.5 text-slate-900"
      value={value}
      onChange={(e) => {
        setTimeZone(e.target.value);
        save.mutate({ name: 'timeZone', value: e.target.value });
      }}
    >
      {(options.includes(value) ? options : [value, ...options]).map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
