#!/usr/bin/env node
// The `loa` command: runs the TypeScript CLI through tsx's loader, so no compile step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
