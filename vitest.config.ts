import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __FIREFOX__: 'false', __DEV__: 'false' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
