import type { TestProject } from 'vitest/node';
import { DIST, ensureDist } from './dist';
import { serveStatic } from '../../src/cli/serve-static';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server over dist/ that the browser tests share. */
    previewUrl: string;
  }
}

/** One static server over dist/ for the whole browser run. */
export default async function setup(project: TestProject) {
  ensureDist();
  const server = await serveStatic(DIST);
  project.provide('previewUrl', server.url);
  return () => server.stop();
}
