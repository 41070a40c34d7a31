import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ancestors } from './source-spans';

/**
 * Which field the officer is looking at, shared between the form and the text without
 * re-rendering the form on every hover: the text subscribes, the fields only publish.
 */
export interface SourceLink {
  show: (how: 'hover' | 'focus', key: string | null) => void;
  subscribe: (listener: () => void) => () => void;
  current: () => string | null;
  /** A mark in the text was picked: a long list draws the row it belongs to if it was not shown. */
  reveal: (key: string) => void;
  revealed: () => string | null;
}

function createSourceLink(): SourceLink {
  // The hovered field wins; when the pointer leaves, the focused one shows again.
  const keys: Record<'hover' | 'focus', string | null> = { hover: null, focus: null };
  let active: string | null = null;
  let revealed: string | null = null;
  const listeners = new Set<() => void>();
  return {
    show: (how, key) => {
      keys[how] = key;
      const next = keys.hover ?? keys.focus;
      if (next === active) return;
      active = next;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => active,
    reveal: (key) => {
      revealed = key;
      listeners.forEach((l) => l());
    },
    revealed: () => revealed,
  };
}

const Ctx = createContext<SourceLink | null>(null);

export function SourceLinkProvider({ children }: { children: ReactNode }) {
  const link = useMemo(() => createSourceLink(), []);
  return <Ctx.Provider value={link}>{children}</Ctx.Provider>;
}

export const useLink = (): SourceLink | null => useContext(Ctx);

/** The key of the field being hovered or focused, for the text to emphasise. */
export function useActiveSource(): string | null {
  const link = useLink();
  return useSyncExternalStore(
    link?.subscribe ?? (() => () => undefined),
    link?.current ?? (() => null),
  );
}

/** The key of the last mark picked in the text, for a long list to draw the row it needs. */
export function useRevealedSource(): string | null {
  const link = useLink();
  return useSyncExternalStore(
    link?.subscribe ?? (() => () => undefined),
    link?.revealed ?? (() => null),
  );
}

/** Wraps a form field whose value came from a place in the text ("title", "bases.0"). */
export function SourceField({
  source,
  className,
  children,
}: {
  source: string | null;
  className?: string;
  children: ReactNode;
}) {
  const link = useLink();
  if (source === null) return <div className={className}>{children}</div>;
  return (
    <div
      className={className}
      data-source={source}
      onMouseEnter={() => link?.show('hover', source)}
      onMouseLeave={() => link?.show('hover', null)}
      onFocus={() => link?.show('focus', source)}
      onBlur={() => link?.show('focus', null)}
    >
      {children}
    </div>
  );
}

/**
 * Moves the focus to the form field a source belongs to (the nearest one that exists). A row a long
 * list had not drawn yet is waited for a few frames, while the list draws it.
 */
export function focusField(root: HTMLElement | null, path: string, frames = 10): void {
  if (!root) return;
  const find = (key: string) =>
    root.querySelector<HTMLElement>(`[data-source="${CSS.escape(key)}"]`);
  if (!find(path) && frames > 0) {
    requestAnimationFrame(() => focusField(root, path, frames - 1));
    return;
  }
  for (const key of ancestors(path)) {
    const field = find(key);
    if (!field) continue;
    field.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field.querySelector<HTMLElement>('input:not([type=hidden]), textarea')?.focus({
      preventScroll: true,
    });
    return;
  }
}
