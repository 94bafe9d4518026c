import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture runs parse whole pages; the default 5 s leaves no room on slow CI machines.
    testTimeout: 30_000,
  },
})
