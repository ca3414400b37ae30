/**
 * Internal URLs with the site's base path. The site can be served under a sub-path of a host
 * (`SITE_BASE=/aks-field-manual/`); every link the site writes goes through `href()` so it carries
 * that path. Search records are the exception: Pagefind prefixes their URLs itself (see
 * search-records.ts).
 */

/** Normalises a base path to start and end with one slash: `aks` and `/aks` become `/aks/`; empty is `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base path of this build: `SITE_BASE` wherever Node runs (the Astro config derives its `base`
 * from it, and the config's own modules, such as the remark plugins, see no Astro base), else
 * Astro's `import.meta.env.BASE_URL` (browser scripts: Vite replaces it at build time), else `/`.
 */
function configuredBase(): string {
  const envBase = typeof process === 'undefined' ? undefined : process.env?.SITE_BASE;
  if (envBase !== undefined) return normaliseBase(envBase);
  return normaliseBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL);
}

/** The base path every internal URL starts with, e.g. `/` or `/aks-field-manual/`. */
export const BASE_PATH = configuredBase();

/**
 * A site-root path (`/plugins/kubenet/#max-400-nodes`) as a link of this build
 * (`/aks-field-manual/plugins/kubenet/#max-400-nodes`). Paths that already carry the base, and
 * anything that is not a root path (`https://…`, `#anchor`, `?q=`), are returned unchanged.
 */
export function href(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base === '/') return path;
  if (path === base.slice(0, -1) || path.startsWith(base)) return path;
  return base.slice(0, -1) + path;
}

/** The site-root path of a link written by `href()`: the inverse, for code that matches routes. */
export function withoutBase(path: string, base: string = BASE_PATH): string {
  if (base === '/' || !path.startsWith(base)) return path;
  return path.slice(base.length - 1);
}
