import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'loa.locale';

function initialLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be refused (private browsing); Vietnamese is the default anyway.
  }
  const locale: Locale = stored === 'en' ? 'en' : 'vi';
  dayjs.locale(locale);
  return locale;
}

function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Looks a key up in one catalogue; also usable outside React. */
export const translate =
  (locale: Locale): Translate =>
  (key, params) =>
    format(CATALOGUES[locale][key], params);

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  locale: 'vi',
  setLocale: () => undefined,
  t: translate('vi'),
});

/** Holds the chosen language (Vietnamese by default), remembers it, and keeps dayjs in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    dayjs.locale(next);
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t: translate(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useT = (): Translate => useContext(I18nContext).t;
export const useLocale = (): Pick<I18nValue, 'locale' | 'setLocale'> => useContext(I18nContext);

/** True when the key exists, for labels looked up from data (audit fields, entities). */
export const hasMessage = (key: string): key is MessageKey => key in vi;
