import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useLocale, useT } from '../i18n/i18n';

/** Toggles between Vietnamese and English; the choice is remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const next = locale === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
      title={t('lang.switchTo')}
      data-testid="language-switch"
      onClick={() => setLocale(next)}
    >
      {next.toUpperCase()}
    </Button>
  );
}
