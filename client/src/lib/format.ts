import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

let timeZone: string | undefined;
const listeners = new Set<() => void>();

/** The agent's time zone from preferences; undefined means the browser's. Shown times re-render on a change. */
export function setTimeZone(zone: string | undefined) {
  timeZone = zone && isTimeZone(zone) ? zone : undefined;
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function formatDateTime(value: string | null | undefined, locale: string) {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(value),
  );
}

export function formatNumber(value: number, locale: string) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 2 days" in the agent's language. */
export function formatRelative(value: string | null | undefined, locale: string, now = Date.now()) {
  if (!value) return '';
  const diff = new Date(value).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(Math.round(diff / 1000), 'second');
}

/** Value for an <input type="datetime-local"> from an ISO instant, in the browser's zone. */
export function toLocalInput(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  useSyncExternalStore(subscribe, () => timeZone);
  return {
    dateTime: (v: string | null | undefined) => formatDateTime(v, locale),
    relative: (v: string | null | undefined) => formatRelative(v, locale),
    number: (v: number) => formatNumber(v, locale),
    kilobytes: (bytes: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
        Math.ceil(bytes / 1024),
      ),
  };
}
