import type { z } from 'zod';
import type { ApiResult } from './api-result';

/** A phantom marker for a method's output type: the value is never read, only its type. */
export type Output<T> = { readonly __output?: T };
export function out<T>(): Output<T> {
  return {};
}

export type MethodSpec = {
  input: z.ZodType;
  output: Output<unknown>;
  /** Long-running: runs through the job runner and reports progress (A4). */
  job?: true;
  /** Only reads: may run while a job holds the writer (a job that only reads still runs one at a time). */
  read?: true;
};

export type Contract = Record<string, MethodSpec>;

export type InputOf<C extends Contract, M extends keyof C> = z.input<C[M]['input']>;
export type ParsedInputOf<C extends Contract, M extends keyof C> = z.output<C[M]['input']>;
export type OutputOf<C extends Contract, M extends keyof C> = C[M]['output'] extends Output<infer T> ? T : never;

/** The client side of a contract: one async function per method, answering plain data. */
export type ClientOf<C extends Contract> = {
  [M in keyof C]: (input: InputOf<C, M>) => Promise<ApiResult<OutputOf<C, M>>>;
};
