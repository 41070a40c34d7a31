import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PlanContentRequest, PlanResponse } from '../../../contracts/plans.contract';
import { isApiError, type FieldProblem } from '../../api/client';
import { contentOf } from './plan-form';
import { planKeys, savePlan } from './plans.api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; errors: FieldProblem[]; detail: string }
  | { kind: 'failed'; detail: string; network: boolean }
  | { kind: 'conflict'; detail: string };

const DELAY_MS = 1500;

/**
 * Saves a draft a moment after the typing stops, one request at a time, against the version
 * last loaded. A 409 stops saving altogether (nothing is overwritten, and the form keeps what
 * was typed) until `restart` is called with a freshly loaded plan.
 */
export function useAutosave(plan: PlanResponse) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const version = useRef(plan.version);
  const pending = useRef<PlanContentRequest | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  // What the server holds, as JSON: changing a field and back again sends nothing.
  const savedJson = useRef(JSON.stringify(contentOf(plan)));

  const run = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const content = pending.current;
    if (!content || inFlight.current || stopped.current) return;
    pending.current = null;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await savePlan(plan.id, version.current, content);
      version.current = saved.version;
      savedJson.current = JSON.stringify(content);
      queryClient.setQueryData(planKeys.detail(plan.id), saved);
      setState(pending.current ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
    } catch (e) {
      const detail = isApiError(e) ? (e.problem.detail ?? e.problem.title) : '';
      if (isApiError(e) && e.status === 409) {
        stopped.current = true;
        setState({ kind: 'conflict', detail });
      } else if (isApiError(e) && e.status === 400) {
        setState({ kind: 'invalid', errors: e.problem.errors ?? [], detail });
      } else {
        // Keep the content so that the next change, or "retry", sends it again.
        pending.current ??= content;
        setState({ kind: 'failed', detail, network: isApiError(e) && e.status === 0 });
      }
    } finally {
      inFlight.current = false;
    }
    if (pending.current && !stopped.current) timer.current = setTimeout(() => void run(), 0);
  }, [plan.id, queryClient]);

  const schedule = useCallback(
    (content: PlanContentRequest) => {
      if (stopped.current) {
        pending.current = content;
        return;
      }
      clearTimeout(timer.current);
      if (JSON.stringify(content) === savedJson.current) {
        pending.current = null;
        setState((s) => (s.kind === 'dirty' ? { kind: 'idle' } : s));
        return;
      }
      pending.current = content;
      setState((s) => (s.kind === 'invalid' || s.kind === 'saving' ? s : { kind: 'dirty' }));
      timer.current = setTimeout(() => void run(), DELAY_MS);
    },
    [run],
  );

  /** After "load the new version": saving resumes from that version. */
  const restart = useCallback((fresh: PlanResponse) => {
    version.current = fresh.version;
    savedJson.current = JSON.stringify(contentOf(fresh));
    pending.current = null;
    stopped.current = false;
    setState({ kind: 'idle' });
  }, []);

  const flush = useCallback(() => void run(), [run]);

  // Leaving the page: send what is waiting rather than lose it, and warn while it is unsent.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void run();
    };
  }, [run]);

  return { state, schedule, restart, flush };
}
