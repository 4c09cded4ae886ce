import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import arAgent from '@/locales/ar/agent.json';
import arCommon from '@/locales/ar/common.json';
import deAgent from '@/locales/de/agent.json';
import deCommon from '@/locales/de/common.json';
import enAgent from '@/locales/en/agent.json';
import enCommon from '@/locales/en/common.json';
import esAgent from '@/locales/es/agent.json';
import esCommon from '@/locales/es/common.json';
import frAgent from '@/locales/fr/agent.json';
import frCommon from '@/locales/fr/common.json';

export const languages = ['en', 'de', 'es', 'fr', 'ar'] as const;
export type Language = (typeof languages)[number];
export const namespaces = ['common', 'agent'] as const;

export const resources = {
  en: { common: enCommon, agent: enAgent },
  de: { common: deCommon, agent: deAgent },
  es: { common: esCommon, agent: esAgent },
  fr: { common: frCommon, agent: frAgent },
  ar: { common: arCommon, agent: arAgent },
} as const;

let chosenHere = false;

/** The agent picked a language on this page: stored settings that arrive later must not switch it back. */
export function chooseLanguage(lng: Language) {
  chosenHere = true;
  return i18n.changeLanguage(lng);
}
export const languageChosenHere = () => chosenHere;

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

const stored = localStorage.getItem('gotrs.language');
const browser = navigator.language.slice(0, 2);
const initial: Language = isLanguage(stored) ? stored : isLanguage(browser) ? browser : 'en';

void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: 'en',
  ns: [...namespaces],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyDocumentLanguage(lng: string) {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}
applyDocumentLanguage(initial);
i18n.on('languageChanged', (lng) => {
  localStorage.setItem('gotrs.language', lng);
  applyDocumentLanguage(lng);
});

export default i18n;
