import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { HelpContext, type HelpTopic } from '../../lib/help';

// The help (articles and all) loads on the first "?", not with the page.
const HelpDrawer = lazy(async () => ({
  default: (await import('../../features/help/components/help-drawer')).HelpDrawer,
}));

/** Lets every page and dialog open a help article in a drawer beside the work (`HelpButton`). */
export function HelpProvider({ children }: { children: ReactNode }) {
  const [topic, setTopic] = useState<HelpTopic | null>(null);
  const [opened, setOpened] = useState(false);
  const openedRef = useRef(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const open = useCallback((next: HelpTopic) => {
    if (!openedRef.current) returnTo.current = document.activeElement as HTMLElement | null;
    openedRef.current = true;
    setTopic(next);
    setOpened(true);
  }, []);
  const close = useCallback(() => {
    openedRef.current = false;
    setOpened(false);
    // Back to the "?" that opened the drawer, inside a dialog if it was there.
    const target = returnTo.current;
    setTimeout(() => target?.isConnected && target.focus({ preventScroll: true }), 0);
  }, []);

  // Escape closes the help only, not a dialog under it: Mantine's modals close on any Escape seen by
  // their window listener, so ours listens first — a layout effect registered once, before the
  // (passive-effect) listeners of any dialog on the pages below — and stops the event there.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !openedRef.current) return;
      event.stopImmediatePropagation();
      close();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [close]);

  return (
    <HelpContext.Provider value={open}>
      {children}
      {topic && (
        <Suspense fallback={null}>
          <HelpDrawer topic={topic} opened={opened} onClose={close} onTopic={setTopic} />
        </Suspense>
      )}
    </HelpContext.Provider>
  );
}
