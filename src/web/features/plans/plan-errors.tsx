import { createContext, useContext, type ReactNode } from 'react';
import { Form, type FormItemProps } from 'antd';
import type { FieldProblem } from '../../api/client';

/** Field errors of the last refused save, keyed by the API's path ("phases.0.to"). */
export type PlanErrors = ReadonlyMap<string, string[]>;

/** "body.content.periodTo" (schema errors) and "periodTo" (rule errors) name the same field. */
export const toFieldPath = (path: string) => path.replace(/^body\.(content\.)?/, '');

export function toPlanErrors(errors: FieldProblem[]): PlanErrors {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const path = toFieldPath(e.path);
    map.set(path, [...(map.get(path) ?? []), e.message]);
  }
  return map;
}

const PlanErrorsContext = createContext<PlanErrors>(new Map());

export function PlanErrorsProvider({
  value,
  children,
}: {
  value: PlanErrors;
  children: ReactNode;
}) {
  return <PlanErrorsContext.Provider value={value}>{children}</PlanErrorsContext.Provider>;
}

/** The errors at one path ("phases.0"), for rows whose error belongs to no single input. */
export function usePlanErrorsAt(path: Array<string | number>): string[] {
  return useContext(PlanErrorsContext).get(path.join('.')) ?? [];
}

type PlanItemProps = Omit<FormItemProps, 'name'> & { name: Array<string | number> };

/**
 * A form item that shows the server's error for its path beside the input. Inside a Form.List
 * `name` is relative; `path` is then the full path the server reports.
 */
export function PlanItem({ path, ...props }: PlanItemProps & { path?: Array<string | number> }) {
  const errors = usePlanErrorsAt(path ?? props.name);
  return (
    <Form.Item
      {...props}
      {...(errors.length ? { validateStatus: 'error', help: errors.join(' ') } : {})}
    />
  );
}
