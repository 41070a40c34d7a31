import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ConfigProviderProps } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
type AntdLocale = NonNullable<ConfigProviderProps['locale']>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface Catalogue {
  messages: Record<MessageKey, string>;
  antd: AntdLocale;
}

// Vietnamese comes with the first page; English (its messages and antd's texts) is downloaded
// only when someone picks it, so the sign-in page does not carry a language most never use.
const VI: Catalogue = { messages: vi, antd: viVN };
const CATALOGUES: Partial<Record<Locale, Catalogue>> = { vi: VI };
const STORAGE_KEY = 'loa.locale';

/** Downloads a language's catalogue once; later calls find it ready. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (CATALOGUES[locale]) return;
  const [{ en }, enUS] = await Promise.all([import('./en'), import('antd/locale/en_US')]);
  CATALOGUES.en = { messages: en, antd: enUS.default };
}

/**
 * The language in a cookie too: the server answers a first view (the dashboard as HTML) only to
 * someone who reads Vietnamese, and cannot read this browser's storage.
 */
function rememberForServer(locale: Locale): void {
  document.cookie = `loa_lang=${locale}; path=/app; max-age=31536000; samesite=lax`;
}

function storedLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be refused (private browsing); Vietnamese is the default anyway.
  }
  return stored === 'en' ? 'en' : 'vi';
}

function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * Looks a key up in one catalogue; also usable outside React, once the language is loaded
 * (`loadLocale`). Vietnamese until then.
 */
export const translate =
  (locale: Locale): Translate =>
  (key, params) =>
    format((CATALOGUES[locale] ?? VI).messages[key], params);

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** antd's own texts (pagination, pickers, empty tables) in the same language. */
  antdLocale: AntdLocale;
}

const I18nContext = createContext<I18nValue>({
  locale: 'vi',
  setLocale: () => undefined,
  t: translate('vi'),
  antdLocale: viVN,
});

/**
 * Holds the chosen language (Vietnamese by default), remembers it, and keeps dayjs in step. A
 * language is shown once its catalogue has arrived: until then the page waits (a remembered
 * English) or keeps the language it has (a switch).
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted] = useState<Locale>(storedLocale);
  useEffect(() => rememberForServer(wanted), [wanted]);
  const [locale, setShown] = useState<Locale | null>(() => {
    if (!CATALOGUES[wanted]) return null;
    dayjs.locale(wanted);
    return wanted;
  });
  const show = useCallback((next: Locale) => {
    dayjs.locale(next);
    setShown(next);
  }, []);
  useEffect(() => {
    if (CATALOGUES[wanted]) return;
    // A catalogue that cannot be downloaded leaves the page in Vietnamese rather than blank.
    void loadLocale(wanted).then(
      () => show(wanted),
      () => show('vi'),
    );
  }, [wanted, show]);
  const setLocale = useCallback(
    (next: Locale) => {
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
      rememberForServer(next);
      void loadLocale(next).then(() => show(next));
    },
    [show],
  );
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(
    () =>
      locale && {
        locale,
        setLocale,
        t: translate(locale),
        antdLocale: (CATALOGUES[locale] ?? VI).antd,
      },
    [locale, setLocale],
  );
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useT = (): Translate => useContext(I18nContext).t;
export const useLocale = (): Pick<I18nValue, 'locale' | 'setLocale' | 'antdLocale'> =>
  useContext(I18nContext);

/** True when the key exists, for labels looked up from data (audit fields, entities). */
export const hasMessage = (key: string): key is MessageKey => key in vi;
