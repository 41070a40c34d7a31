import { useEffect } from 'react';
import { useT } from '../i18n/i18n';

const SELECTOR = '.ant-input-number-handler-up, .ant-input-number-handler-down';

/**
 * antd's number inputs name their step buttons in English ("Increase Value") whatever the locale;
 * this renames every one in the page, as it appears, in the user's language.
 */
export function useStepButtonNames(): void {
  const t = useT();
  useEffect(() => {
    const up = t('input.stepUp');
    const down = t('input.stepDown');
    const rename = () => {
      for (const el of document.querySelectorAll(SELECTOR)) {
        const name = el.classList.contains('ant-input-number-handler-up') ? up : down;
        if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
      }
    };
    rename();
    const observer = new MutationObserver(rename);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, [t]);
}
