import { useEffect } from 'react';
import { useT } from '../i18n/i18n';

const UP = 'Increase Value';
const DOWN = 'Decrease Value';

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
      for (const el of document.querySelectorAll(`[aria-label="${UP}"], [aria-label="${DOWN}"]`))
        el.setAttribute('aria-label', el.getAttribute('aria-label') === UP ? up : down);
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
