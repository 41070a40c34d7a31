// A Vite plugin that gives antd's styles to the browser as plain CSS files made at build time,
// one per style hook, instead of antd computing and inserting them while the page starts (its
// CSS-in-JS): on a slow laptop that work was a fifth of the dashboard's start-up. The workspace
// runs antd in zero-runtime mode (App.tsx), which still sets the theme's CSS variables itself.
//
// Each style hook's CSS is imported by the module of antd that defines the hook, so the bundler
// puts it beside the code that uses it: the sign-in page downloads the styles of the few
// components it draws, not all of antd's. The rules of no component (antd's reset of links and
// icons) go with ConfigProvider, which every page has.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The cascade layer of antd's rules: the workspace's own stylesheet, unlayered, always wins. */
export const ANTD_LAYER = 'antd';
const BASE = 'base';

/**
 * antd's own style rules, each kept apart by the style hook that makes it ("Button-Button",
 * "Input-Shared", …): static-style-extract draws every component once on the server into a
 * cssinjs cache, whose keys name the hook. Only component styles are taken; the theme's variables
 * stay with the page. Unhashed, so `.ant-btn` matches as is.
 */
async function extractByHook(): Promise<Map<string, string>> {
  const React = await import('react');
  const antd = await import('antd');
  const { extractStyle } = await import('@ant-design/static-style-extract');
  const cssinjs = await import('@ant-design/cssinjs');
  const h = React.createElement;
  const cache = cssinjs.createCache();
  extractStyle({
    // The package types its argument with React's old global JSX namespace, unknown here.
    customTheme: (node: ReactElement) =>
      h(
        cssinjs.StyleProvider,
        { cache },
        h(antd.ConfigProvider, { theme: { hashed: false } }, node),
      ),
  });
  const byHook = new Map<string, string>();
  // A key reads "style%<hash>%<hook>%<prefix>…"; the hash is empty when unhashed.
  for (const key of cache.cache.keys()) {
    const [kind, , hook] = key.split('%');
    const entry = cache.cache.get(key);
    if (kind !== 'style' || !hook || !entry) continue;
    const one = cssinjs.createCache();
    one.cache.set(key, entry);
    const text = cssinjs.extractStyle(one, { plain: true, types: 'style' });
    byHook.set(hook, (byHook.get(hook) ?? '') + text);
  }
  return byHook;
}

/**
 * The module of antd that defines each style hook, by reading antd's own sources for the calls
 * that name one: `genStyleHooks('Button', …)` is "Button-Button", `genStyleHooks(['Input',
 * 'Shared'], …)` is "Input-Shared". That module runs whenever the hook can, so its CSS goes there.
 */
function hookModules(antdEs: string): Map<string, string> {
  const call =
    /gen(?:StyleHooks|ComponentStyleHook|SubStyleComponent)\(\s*(?:\[\s*)?'([A-Za-z]+)'(?:\s*,\s*'([A-Za-z]+)')?/g;
  const out = new Map<string, string>();
  for (const file of readdirSync(antdEs, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js') || file.startsWith('locale')) continue;
    const path = join(antdEs, file);
    for (const m of readFileSync(path, 'utf8').matchAll(call))
      out.set(`${m[1]}-${m[2] ?? m[1]}`, path);
  }
  return out;
}

/** Where the files are kept between builds: one folder per antd version and extractor. */
function cacheDir(root: string): string {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  const key = createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .update(version('antd'))
    .update(version('@ant-design/static-style-extract'))
    .digest('hex')
    .slice(0, 12);
  return join(root, 'node_modules/.cache/antd-styles', key);
}

/** `<hook>.css` for each style hook, and base.css for the rules no antd module defines. */
async function ensureStyles(dir: string, owners: Map<string, string>): Promise<void> {
  if (existsSync(join(dir, `${BASE}.css`))) return;
  mkdirSync(dir, { recursive: true });
  let base = '';
  for (const [hook, text] of await extractByHook()) {
    if (owners.has(hook)) writeFileSync(join(dir, `${hook}.css`), layered(text));
    else base += text; // antd's reset of links, the icons' style
  }
  writeFileSync(join(dir, `${BASE}.css`), layered(base));
}

const layered = (text: string) => `@layer ${ANTD_LAYER} {${text}}\n`;

export function antdStyles(root: string): Plugin {
  // The CSS files each module of antd imports; ConfigProvider, on every page, takes the base.
  // Worked out when a build starts, so the development server never reads antd's sources.
  const imports = new Map<string, string[]>();
  return {
    name: 'loa-antd-styles',
    async buildStart() {
      const dir = cacheDir(root);
      const antdEs = join(require.resolve('antd/package.json'), '..', 'es');
      const owners = hookModules(antdEs);
      await ensureStyles(dir, owners);
      imports.clear();
      imports.set(join(antdEs, 'config-provider', 'index.js'), [join(dir, `${BASE}.css`)]);
      for (const [hook, module] of owners)
        imports.set(module, [...(imports.get(module) ?? []), join(dir, `${hook}.css`)]);
    },
    transform(code, id) {
      const files = imports.get(id.replace(/[?#].*$/, ''))?.filter((f) => existsSync(f));
      if (!files?.length) return null;
      const lines = files.map((f) => `import ${JSON.stringify(f)};`).join('\n');
      return { code: `${code}\n${lines}\n`, map: null };
    },
  };
}
