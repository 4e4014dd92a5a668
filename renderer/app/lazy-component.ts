import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';

/**
 * A script chunk that did not arrive: the server went away, or was restarted with a new build whose chunks
 * have other names. Only a reload helps, so the boundary shows that instead of a white screen.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * A screen whose script is a chunk of its own; `preload` fetches it ahead of the first render. It never fails:
 * a chunk that did not arrive fails again when the screen renders, and the boundary says so there.
 */
export type LazyComponent<Props extends object> = FunctionComponent<Props> & { preload: () => Promise<void> };

const noop = () => undefined;

/**
 * React.lazy for a named export (the project has no default exports):
 * `lazyComponent(() => import('./Page').then((module) => module.Page))`. A failed load becomes a ChunkLoadError
 * for the boundary. Once the chunk is in (preloaded, or shown before), the screen renders at once instead of
 * suspending: once something suspends, React keeps the fallback up for at least 300 ms, however quick the chunk.
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyComponent<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const fetchChunk = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        throw new ChunkLoadError(error);
      },
    ));
  const Suspending = lazy(() => fetchChunk().then((component) => ({ default: component })));
  const Screen = (props: Props) => createElement(loaded ?? Suspending, props);
  return Object.assign(Screen, { preload: () => fetchChunk().then(noop, noop) });
}
