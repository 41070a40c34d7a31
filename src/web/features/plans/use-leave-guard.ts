import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router-dom';
import { useT } from '../../i18n/i18n';

/**
 * Leaving the editor inside the app while something typed is not on the server: what is waiting
 * is sent first, and if the server still does not hold it (offline, refused, a conflict) the user
 * is asked in Vietnamese whether to leave anyway. Closing the tab is `useAutosave`'s beforeunload.
 */
export function useLeaveGuard(unsaved: () => boolean, settle: () => Promise<boolean>): void {
  const t = useT();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && unsaved(),
  );
  const asking = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    void settle().then((saved) => {
      if (saved) {
        asking.current = false;
        blocker.proceed();
        return;
      }
      modal.confirm({
        title: t('planEd.leaveTitle'),
        content: t('planEd.leaveBody'),
        okText: t('planEd.leave'),
        okButtonProps: { danger: true },
        cancelText: t('planEd.stay'),
        onOk: () => blocker.proceed(),
        onCancel: () => blocker.reset(),
        afterClose: () => {
          asking.current = false;
        },
      });
    });
  }, [blocker, settle, modal, t]);
}
