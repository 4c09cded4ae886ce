import { useTranslation } from 'react-i18next';
import { useSavePreference } from '@/api/preferences';
import { chooseLanguage, isLanguage, languages } from '@/lib/i18n';

const names: Record<string, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
};

/** Changes the UI language (and direction); signed-in agents keep it as the "language" preference. */
export function LanguageSwitch({ persist = true }: { persist?: boolean }) {
  const { t, i18n } = useTranslation();
  const save = useSavePreference();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('nav.language')}</span>
      <select
        aria-label={t('nav.language')}
        className="rounded border border-slate-400 bg-white px-1 py-0.5 text-slate-900"
        value={i18n.language}
        onChange={(e) => {
          if (!isLanguage(e.target.value)) return;
          void chooseLanguage(e.target.value);
          if (persist) save.mutate({ name: 'language', value: e.target.value });
        }}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {names[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
