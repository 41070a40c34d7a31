import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  // DRIZZLE_OUT lets the drift test generate into a scratch copy.
  out: process.env.DRIZZLE_OUT ?? './src/db/migrations',
});
