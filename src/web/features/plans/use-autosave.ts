import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PlanContentRequest, PlanResponse } from '../../../contracts/plans.contract';
import { isApiError, type FieldProblem } from '../../api/client';
import { dropLocalDraft, writeLocalDraft } from './local-draft';
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
 * last loaded, whatever was typed (the server checks completeness only on submission). Until the
 * server has it, what was typed is also kept on this device (`local-draft.ts`). A 409 stops
 * saving altogether (nothing is overwritten, and the form keeps what was typed) until the user
 * loads the other version (`restart`) or overwrites it on purpose (`overwrite`).
 */
export function useAutosave(plan: PlanResponse) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const version = useRef(plan.version);
  const pending = useRef<PlanContentRequest | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  // What the server holds, as JSON: changing a field and back again sends nothing.
  const savedJson = useRef(JSON.stringify(contentOf(plan)));
  // What was typed last, saved or not.
  const latest = useRef<PlanContentRequest | null>(null);

  const send = useCallback(
    async (content: PlanContentRequest): Promise<void> => {
      setState({ kind: 'saving' });
      try {
        const saved = await savePlan(plan.id, version.current, content);
        version.current = saved.version;
        savedJson.current = JSON.stringify(content);
        queryClient.setQueryData(planKeys.detail(plan.id), saved);
        if (!pending.current) dropLocalDraft(plan.id);
        setState(pending.current ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
      } catch (e) {
        const detail = isApiError(e) ? (e.problem.detail ?? e.problem.title) : '';
        if (isApiError(e) && e.status === 409) {
          stopped.current = true;
          pending.current ??= content;
          setState({ kind: 'conflict', detail });
        } else if (isApiError(e) && e.status === 400) {
          setState({ kind: 'invalid', errors: e.problem.errors ?? [], detail });
        } else {
          // Keep the content so that the next change, or "retry", sends it again.
          pending.current ??= content;
          setState({ kind: 'failed', detail, network: isApiError(e) && e.status === 0 });
        }
      }
    },
    [plan.id, queryClient],
  );

  const run = useCallback((): Promise<void> => {
    // Read again after each send: typing, or a conflict, may have changed them meanwhile.
    const more = () => pending.current !== null && !stopped.current;
    const go = async (): Promise<void> => {
      clearTimeout(timer.current);
      const content = pending.current;
      if (!content || flight.current || stopped.current) return;
      pending.current = null;
      flight.current = send(content).finally(() => {
        flight.current = null;
      });
      await flight.current;
      if (more()) timer.current = setTimeout(() => void go(), 0);
    };
    return go();
  }, [send]);

  const schedule = useCallback(
    (content: PlanContentRequest) => {
      latest.current = content;
      clearTimeout(timer.current);
      if (JSON.stringify(content) === savedJson.current) {
        pending.current = null;
        dropLocalDraft(plan.id);
        setState((s) => (s.kind === 'dirty' || s.kind === 'invalid' ? { kind: 'idle' } : s));
        return;
      }
      pending.current = content;
      writeLocalDraft(plan.id, version.current, content);
      if (stopped.current) return;
      setState((s) => (s.kind === 'invalid' || s.kind === 'saving' ? s : { kind: 'dirty' }));
      timer.current = setTimeout(() => void run(), DELAY_MS);
    },
    [plan.id, run],
  );

  /** Sends what is waiting now and waits for the server; true when it holds what was typed. */
  const settle = useCallback(async (): Promise<boolean> => {
    for (let i = 0; i < 3 && !stopped.current; i++) {
      if (flight.current) await flight.current;
      else if (pending.current) await run();
      else if (latest.current && JSON.stringify(latest.current) !== savedJson.current) {
        pending.current = latest.current;
        await run();
      } else break;
    }
    return (
      !stopped.current &&
      !pending.current &&
      JSON.stringify(latest.current ?? contentOf(plan)) === savedJson.current
    );
  }, [run, plan]);

  /** After "load the new version": saving resumes from that version; the local copy is dropped. */
  const restart = useCallback(
    (fresh: PlanResponse) => {
      version.current = fresh.version;
      savedJson.current = JSON.stringify(contentOf(fresh));
      latest.current = null;
      pending.current = null;
      stopped.current = false;
      dropLocalDraft(plan.id);
      setState({ kind: 'idle' });
    },
    [plan.id],
  );

  /** "Overwrite with mine": saves what is typed on top of the version just loaded. */
  const overwrite = useCallback(
    (fresh: PlanResponse, content: PlanContentRequest) => {
      version.current = fresh.version;
      savedJson.current = JSON.stringify(contentOf(fresh));
      stopped.current = false;
      pending.current = content;
      void run();
    },
    [run],
  );

  /** Edits restored from this device were typed on `base`: a newer server version is a conflict. */
  const rebase = useCallback((base: number) => {
    version.current = Math.min(version.current, base);
  }, []);

  const flush = useCallback(() => void run(), [run]);

  /** Whether something typed is not on the server yet. */
  const unsaved = useCallback(
    () =>
      Boolean(pending.current || flight.current) ||
      (latest.current !== null && JSON.stringify(latest.current) !== savedJson.current),
    [],
  );

  // Closing or reloading the tab: the browser asks first while something is unsent.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (unsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void run();
    };
  }, [run, unsaved]);

  return { state, schedule, restart, overwrite, rebase, flush, settle, unsaved };
}
