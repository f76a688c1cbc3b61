import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { navigate, pathFromHash } from '../../app/use-hash-route';
import { movementsMessages as t } from './messages.vi';

/** The in-app address a click or key press is about to open, if it leaves the current screen. */
function leavingTo(event: Event): string | null {
  if (!(event.target instanceof Element)) return null;
  let link = event.target.closest<HTMLAnchorElement>('a[href^="#/"]');
  // A sidebar entry opened from the keyboard: the focus is on the item, the link is inside it.
  link ??= event.target.closest('[role="menuitem"]')?.querySelector('a[href^="#/"]') ?? null;
  if (!link) return null;
  const target = pathFromHash(link.getAttribute('href') ?? '');
  return target === pathFromHash(window.location.hash) ? null : target;
}

/**
 * While `dirty`, asks before the person leaves: another screen opened from a link or the sidebar,
 * or the window closed/reloaded (the browser asks with its own words then).
 */
export function useLeaveGuard(dirty: boolean): void {
  const { modal } = App.useApp();
  const asking = useRef(false);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const intercept = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      if (event instanceof MouseEvent && (event.button !== 0 || event.ctrlKey || event.metaKey)) {
        return;
      }
      const target = leavingTo(event);
      if (target === null) return;
      // Captured on the document, before the link or the menu (React) sees the event.
      event.preventDefault();
      event.stopPropagation();
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: t.leave.title,
        content: t.leave.body,
        okText: t.leave.ok,
        okButtonProps: { danger: true },
        cancelText: t.leave.cancel,
        autoFocusButton: 'cancel',
        onOk: () => navigate(target),
        afterClose: () => {
          asking.current = false;
        },
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', intercept, true);
    document.addEventListener('keydown', intercept, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', intercept, true);
      document.removeEventListener('keydown', intercept, true);
    };
  }, [dirty, modal]);
}
