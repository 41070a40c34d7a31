// The API's routes as types, read from the types `npm run openapi:generate` makes of
// openapi.json: a path, its parameters, its body and its answer are paired by the contract, not
// by hand, so a route changed on the server breaks this app's type check instead of a page.
import type { paths } from './openapi';

/** Every route under /api/v1, keyed by its path without the prefix ("/units/{id}"). */
type Api = { [P in keyof paths as P extends `/api/v1${infer R}` ? R : never]: paths[P] };

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The operation of a route for a method; `never` when the route does not take the method. */
type Operation<P, M extends Method> = P extends keyof Api ? NonNullable<Api[P][M]> : never;

type Responses<O> = O extends { responses: infer R } ? R : never;
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : undefined;

/** What a route answers on success: its 200 or 201 JSON, nothing for a 204. */
export type Answer<P, M extends Method> =
  Responses<Operation<P, M>> extends infer R
    ? 200 extends keyof R
      ? Json<R[200]>
      : 201 extends keyof R
        ? Json<R[201]>
        : undefined
    : never;

/** Paths that take a method (and, for POST, whether they create: answer 201 Created). */
export type Route<M extends Method> = {
  [P in keyof Api]: Operation<P, M> extends never ? never : P;
}[keyof Api];
export type CreateRoute = {
  [P in Route<'post'>]: 201 extends keyof Responses<Operation<P, 'post'>> ? P : never;
}[Route<'post'>];
/** POSTs that do not create; a create goes through `api.create` with its form's key. */
export type ActionRoute = Exclude<Route<'post'>, CreateRoute>;

type Parameters<O> = O extends { parameters: infer X } ? X : never;
type PathParams<O> = Parameters<O> extends { path: infer X } ? X : never;
type QueryParams<O> = Parameters<O> extends { query?: infer X } ? X : never;

/** The path's parameters, required exactly when the path has some. */
export type Params<P, M extends Method> = ([PathParams<Operation<P, M>>] extends [never]
  ? { path?: never }
  : { path: PathParams<Operation<P, M>> }) &
  ([QueryParams<Operation<P, M>>] extends [undefined]
    ? { query?: never }
    : { query?: QueryParams<Operation<P, M>> });

/** True when the route's path has parameters, so the call must give them. */
export type NeedsParams<P, M extends Method> = [PathParams<Operation<P, M>>] extends [never]
  ? false
  : true;

type RequestBody<O> = O extends { requestBody?: infer R } ? NonNullable<R> : never;
/** The JSON body a route takes; `never` for a route that takes none. */
export type Body<P, M extends Method> = [RequestBody<Operation<P, M>>] extends [never]
  ? never
  : RequestBody<Operation<P, M>> extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** The upload form a route takes (files as Blobs, other fields as text); `never` for none. */
export type FormBody<P, M extends Method> = [RequestBody<Operation<P, M>>] extends [never]
  ? never
  : RequestBody<Operation<P, M>> extends { content: { 'multipart/form-data': infer B } }
    ? B
    : never;

/** Routes that take an upload form for a method. */
export type FormRoute<M extends Method> = {
  [P in Route<M>]: [FormBody<P, M>] extends [never] ? never : P;
}[Route<M>];

/** "/units/{id}/move" with { id: "u1" } → "/units/u1/move", each value encoded. */
export function fillPath(template: string, values: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
