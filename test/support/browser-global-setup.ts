import type { TestProject } from 'vitest/node';
import { startPreview } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `astro preview` server the browser tests share. */
    previewUrl: string;
  }
}

/** One `astro preview` for the whole browser run: Astro allows one preview server per project. */
export default async function setup(project: TestProject) {
  const server = await startPreview();
  project.provide('previewUrl', server.url);
  return () => server.stop();
}
